package org.storydiff.report;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the index, {@code report/index.html} and for a long one {@code index-2.html}, ...: run
 * totals and one line per multi-version story linking to {@code stories/<pageFile>}, most disputed
 * first, {@link #STORIES_PER_PAGE} a page with links between the pages. A small inline script adds
 * a filter box for the page's lines; without script the page is complete, just unfiltered.
 * Thread-safe: templates are compiled once; serializable, holding no state.
 */
public final class IndexPageRenderer implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Stories on one index page: at a few hundred bytes a line about half a megabyte of HTML, which a
   * browser opens and filters at once; a run's index of tens of thousands of stories in one page
   * would not.
   */
  public static final int STORIES_PER_PAGE = 1_000;

  private final int storiesPerPage;

  public IndexPageRenderer() {
    this(STORIES_PER_PAGE);
  }

  /**
   * @param storiesPerPage stories listed on each index page, at least 1
   */
  public IndexPageRenderer(int storiesPerPage) {
    if (storiesPerPage < 1) {
      throw new IllegalArgumentException("an index page lists at least one story");
    }
    this.storiesPerPage = storiesPerPage;
  }

  /** One file of the index: its name in the report folder and its HTML. */
  public record IndexFile(String name, String html) {}

  /**
   * The index pages, first {@code index.html}, each rendered as the stream is read so that only one
   * page's HTML is held at a time.
   *
   * @param multiVersionStories summaries of the stories with at least two versions, in any order
   * @param totals the run's counts; single-version stories are {@code stories -
   *     multiVersionStories}
   */
  public Stream<IndexFile> render(List<StorySummary> multiVersionStories, RunTotals totals) {
    return IndexPageModel.pages(multiVersionStories, totals, storiesPerPage)
        .map(view -> new IndexFile(view.file(), Templates.render(Templates.INDEX, view)));
  }
}
