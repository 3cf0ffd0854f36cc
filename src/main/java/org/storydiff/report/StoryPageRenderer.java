package org.storydiff.report;

import java.io.Serializable;
import org.storydiff.model.StoryResult;

/**
 * Renders the editors' page of one story: its versions side by side with aligned sentences on one
 * row, figures and quotes highlighted, word diffs of changed sentences, a findings panel per
 * version and tables of every figure and quote. The page is self-contained (inline CSS, no script)
 * and belongs at {@code report/stories/}{@link ReportFiles#storyPageFile}.
 *
 * <p>Thread-safe: templates are compiled once and shared; Spark executors may call it concurrently.
 * Serializable (it holds no state) so a Spark closure may capture it.
 */
public final class StoryPageRenderer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The whole HTML document, UTF-8 declared; every article-derived string is escaped. */
  public String render(StoryResult story) {
    return Templates.render(Templates.STORY, StoryPageModel.of(story));
  }
}
