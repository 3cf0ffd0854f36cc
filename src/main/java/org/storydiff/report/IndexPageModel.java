package org.storydiff.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.report.IndexPageView.StoryLine;

/**
 * Builds the {@link IndexPageView}: stories most disputed first, i.e. by changed findings, then all
 * findings (both descending), then story id. Thread-safe: stateless.
 */
final class IndexPageModel {

  static final Comparator<StorySummary> MOST_DISPUTED_FIRST =
      Comparator.comparingInt((StorySummary s) -> s.countByChange(ChangeType.CHANGED.wireName()))
          .reversed()
          .thenComparing(Comparator.comparingInt(StorySummary::totalFindings).reversed())
          .thenComparing(StorySummary::storyId);

  private IndexPageModel() {}

  static IndexPageView of(List<StorySummary> multiVersionStories, RunTotals totals) {
    List<StoryLine> lines =
        multiVersionStories.stream().sorted(MOST_DISPUTED_FIRST).map(IndexPageModel::line).toList();
    return new IndexPageView(
        ContentPolicy.INDEX_PAGE, lines, !lines.isEmpty(), totals, totals.singleVersionStories());
  }

  private static StoryLine line(StorySummary s) {
    String sources = String.join(", ", s.sources());
    String span = PublishedTimes.span(s.firstPublished(), s.lastPublished());
    return new StoryLine(
        ReportFiles.STORIES_DIR + "/" + s.pageFile(),
        s.headline(),
        s.storyId(),
        sources,
        s.firstPublished() == null ? "" : s.firstPublished().iso(),
        span,
        !span.isEmpty(),
        s.versions(),
        s.countByChange(ChangeType.ADDED.wireName()),
        s.countByChange(ChangeType.CHANGED.wireName()),
        s.countByChange(ChangeType.OMITTED.wireName()),
        s.countByKind(FactKind.FIGURE.wireName()),
        s.countByKind(FactKind.QUOTE.wireName()),
        s.countByKind(FactKind.STATEMENT.wireName()),
        s.totalFindings(),
        s.ownSharePercent(),
        copies(s.derivedVersions()),
        s.derivedVersions() > 0,
        (s.headline() + " " + s.storyId() + " " + sources).toLowerCase(Locale.ROOT));
  }

  /** "1 copy", "3 copies": versions that copy another version of the story. */
  private static String copies(int derived) {
    return derived == 1 ? "1 copy" : derived + " copies";
  }
}
