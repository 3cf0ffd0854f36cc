package org.storydiff.pipeline;

import java.io.Serializable;

/**
 * Limits that keep one extreme article or story from taking unbounded time or memory. Hitting one
 * is always reported: an article over {@code maxSentences} is rejected with the reason, and a story
 * over {@code maxVersions} compares its first {@code maxVersions} versions (by publication time,
 * then id) and names the others as not compared.
 *
 * @param maxSentences the most sentences an article may have ({@code --max-sentences})
 * @param maxVersions the most versions of one story that are compared ({@code --max-versions})
 */
public record PipelineLimits(int maxSentences, int maxVersions) implements Serializable {

  /** Long-form features run to a few hundred sentences; ten thousand is a book, not an article. */
  public static final int MAX_SENTENCES_DEFAULT = 10_000;

  /** Well above the largest real syndication of one wire story (a few hundred outlets). */
  public static final int MAX_VERSIONS_DEFAULT = 2_000;

  public PipelineLimits {
    if (maxSentences < 1) {
      throw new IllegalArgumentException(
          "--max-sentences must be a positive number, e.g. " + MAX_SENTENCES_DEFAULT);
    }
    if (maxVersions < 2) {
      throw new IllegalArgumentException(
          "--max-versions must be at least 2 (versions compared per story), e.g. "
              + MAX_VERSIONS_DEFAULT);
    }
  }

  public static PipelineLimits defaults() {
    return new PipelineLimits(MAX_SENTENCES_DEFAULT, MAX_VERSIONS_DEFAULT);
  }
}
