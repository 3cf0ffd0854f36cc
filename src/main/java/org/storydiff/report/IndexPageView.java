package org.storydiff.report;

import java.util.List;

/** The view model of the index page; strings are escaped by the template, never null. */
record IndexPageView(List<StoryLine> stories, boolean hasStories, RunTotals totals, long singleVersionStories) {

  /**
   * One multi-version story. {@code searchText} is what the optional filter box matches against:
   * headline, id and agencies, lower-cased.
   */
  record StoryLine(
      String href,
      String headline,
      String storyId,
      String sources,
      String firstPublished,
      String lastPublished,
      int versions,
      int added,
      int changed,
      int omitted,
      int figures,
      int quotes,
      int statements,
      int total,
      String searchText) {

    /** At least one changed finding: the line is highlighted. */
    boolean disputed() {
      return changed > 0;
    }
  }
}
