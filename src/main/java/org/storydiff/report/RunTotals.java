package org.storydiff.report;

import java.io.Serializable;

/**
 * Run-wide counts shown on the index page. {@code recordsRead == accepted + rejected}; a story of
 * one article counts in {@code stories} but not in {@code multiVersionStories}.
 */
public record RunTotals(
    long recordsRead, long accepted, long rejected, long stories, long multiVersionStories)
    implements Serializable {

  public RunTotals {
    if (recordsRead < 0 || accepted < 0 || rejected < 0 || stories < 0 || multiVersionStories < 0) {
      throw new IllegalArgumentException("run totals cannot be negative");
    }
    if (multiVersionStories > stories) {
      throw new IllegalArgumentException(
          "multiVersionStories (" + multiVersionStories + ") exceeds stories (" + stories + ")");
    }
  }

  public long singleVersionStories() {
    return stories - multiVersionStories;
  }
}
