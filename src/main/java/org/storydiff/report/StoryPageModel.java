package org.storydiff.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.storydiff.model.Article;
import org.storydiff.model.StoryResult;
import org.storydiff.report.StoryPageView.Column;

/** Builds the {@link StoryPageView} of one story. Thread-safe: stateless. */
final class StoryPageModel {

  /** CSS pixels; below this a column of running text gets too narrow to read. */
  private static final int MIN_COLUMN_WIDTH = 280;

  private static final int MIN_TABLE_WIDTH = 900;

  private StoryPageModel() {}

  static StoryPageView of(StoryResult story) {
    Anchors anchors = new Anchors(story.versions());
    return new StoryPageView(
        Headlines.of(story),
        story.storyId(),
        story.versions().size(),
        "../" + ReportFiles.INDEX_FILE,
        Math.max(MIN_TABLE_WIDTH, story.versions().size() * MIN_COLUMN_WIDTH),
        columns(story),
        RowViews.of(story, anchors),
        FindingPanels.of(story, anchors),
        FactTables.figures(story, anchors),
        FactTables.quotes(story, anchors));
  }

  private static List<Column> columns(StoryResult story) {
    Optional<Instant> earliest =
        story.versions().stream()
            .map(v -> PublishedTimes.parse(v.article().published()))
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    return story.versions().stream().map(v -> column(v.article(), earliest)).toList();
  }

  private static Column column(Article a, Optional<Instant> earliest) {
    Optional<Instant> published = PublishedTimes.parse(a.published());
    String gap =
        published
            .flatMap(p -> earliest.map(e -> p.equals(e) ? "earliest" : PublishedTimes.gap(e, p)))
            .orElse("");
    String href = SafeLinks.href(a.url());
    return new Column(
        a.source(),
        a.id(),
        orEmpty(a.title()),
        a.title() != null && !a.title().isBlank(),
        orEmpty(a.published()),
        a.published() != null && !a.published().isBlank(),
        gap,
        !gap.isEmpty(),
        href != null ? href : orEmpty(a.url()),
        a.url() != null && !a.url().isBlank(),
        href != null);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
