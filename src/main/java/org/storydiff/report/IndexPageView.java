package org.storydiff.report;

import java.util.List;

/**
 * The view model of the index page; strings are escaped by the template, never null.
 *
 * @param contentSecurityPolicy the page's CSP, see {@link ContentPolicy}
 */
record IndexPageView(
    String contentSecurityPolicy,
    List<StoryLine> stories,
    boolean hasStories,
    RunTotals totals,
    long singleVersionStories) {

  /**
   * One multi-version story. {@code searchText} is what the optional filter box matches against:
   * headline, id and agencies, lower-cased. {@code firstPublished} is the earliest publication time
   * in ISO-8601 UTC ({@code 2026-11-01T17:45:00Z}, or {@code 2026-11-01} for a date without time),
   * {@code publishedSpan} the first to last publication time for reading, e.g. "2026-11-01
   * 17:45–21:30".
   */
  record StoryLine(
      String href,
      String headline,
      String storyId,
      String sources,
      String firstPublished,
      String publishedSpan,
      boolean hasPublished,
      int versions,
      int added,
      int changed,
      int omitted,
      int figures,
      int quotes,
      int statements,
      int total,
      int ownSharePercent,
      String copies,
      boolean hasCopies,
      String searchText) {

    /** At least one changed finding: the line is highlighted. */
    boolean disputed() {
      return changed > 0;
    }
  }
}
