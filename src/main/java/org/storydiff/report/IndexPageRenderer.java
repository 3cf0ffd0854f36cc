package org.storydiff.report;

import java.io.Serializable;
import java.util.List;

/**
 * Renders {@code report/index.html}: run totals and one line per multi-version story linking to
 * {@code stories/<pageFile>}, most disputed first. A small inline script adds a filter box; without
 * script the page is complete, just unfiltered. Thread-safe: templates are compiled once;
 * serializable, holding no state.
 */
public final class IndexPageRenderer implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * @param multiVersionStories summaries of the stories with at least two versions, in any order
   * @param totals the run's counts; single-version stories are {@code stories -
   *     multiVersionStories}
   */
  public String render(List<StorySummary> multiVersionStories, RunTotals totals) {
    return Templates.render(Templates.INDEX, IndexPageModel.of(multiVersionStories, totals));
  }
}
