package org.storydiff.report;

import java.util.List;

/**
 * The view model of the index page; strings are escaped by the template, never null.
 *
 * @param file the page's file name in the report folder, see {@link ReportFiles#indexPageFile}
 * @param contentSecurityPolicy the page's CSP, see {@link ContentPolicy}
 */
record IndexPageView(
    String file,
    String contentSecurityPolicy,
    List<StoryLine> stories,
    boolean hasStories,
    RunTotals totals,
    long singleVersionStories,
    Pager pager) {

  /**
   * Where this page sits in the index: ranks of its first and last story among all, formatted
   * ("1,001"), links to the previous and next pages ("" on the first and last) and to the page
   * numbers around this one. {@code paged} is false for an index of one page: no pager is shown.
   */
  record Pager(
      boolean paged,
      String firstRank,
      String lastRank,
      String stories,
      String previous,
      String next,
      List<PageLink> pages) {

    boolean hasPrevious() {
      return !previous.isEmpty();
    }

    boolean hasNext() {
      return !next.isEmpty();
    }
  }

  /** A page number in the pager, the current page, or a gap standing for the pages elided. */
  record PageLink(String href, String label, boolean current, boolean gap) {
    static final PageLink GAP = new PageLink("", "…", false, true);

    boolean link() {
      return !current && !gap;
    }
  }

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
