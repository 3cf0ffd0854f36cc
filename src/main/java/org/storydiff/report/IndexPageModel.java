package org.storydiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.report.IndexPageView.PageLink;
import org.storydiff.report.IndexPageView.Pager;
import org.storydiff.report.IndexPageView.StoryLine;

/**
 * Builds the {@link IndexPageView}s: stories most disputed first, i.e. by changed findings, then
 * all findings (both descending), then story id, cut into pages of a fixed number of stories so
 * that a day of many thousand stories stays a page a browser opens at once. Thread-safe: stateless.
 */
final class IndexPageModel {

  static final Comparator<StorySummary> MOST_DISPUTED_FIRST =
      Comparator.comparingInt((StorySummary s) -> s.countByChange(ChangeType.CHANGED.wireName()))
          .reversed()
          .thenComparing(Comparator.comparingInt(StorySummary::totalFindings).reversed())
          .thenComparing(StorySummary::storyId);

  private IndexPageModel() {}

  /** Page numbers shown either side of the current one in the pager; the rest are elided. */
  static final int PAGER_NEIGHBOURS = 3;

  /**
   * The index pages in order, the first always present (it carries the totals even when no story
   * has several versions). Lines are built page by page, as the stream is read.
   */
  static Stream<IndexPageView> pages(
      List<StorySummary> multiVersionStories, RunTotals totals, int storiesPerPage) {
    List<StorySummary> sorted = multiVersionStories.stream().sorted(MOST_DISPUTED_FIRST).toList();
    int pageCount = Math.max(1, (sorted.size() + storiesPerPage - 1) / storiesPerPage);
    return IntStream.rangeClosed(1, pageCount)
        .mapToObj(
            page -> {
              int from = (page - 1) * storiesPerPage;
              int to = Math.min(sorted.size(), from + storiesPerPage);
              List<StoryLine> lines =
                  sorted.subList(from, to).stream().map(IndexPageModel::line).toList();
              return new IndexPageView(
                  ReportFiles.indexPageFile(page),
                  ContentPolicy.INDEX_PAGE,
                  lines,
                  !lines.isEmpty(),
                  totals,
                  totals.singleVersionStories(),
                  pager(page, pageCount, from + 1, to, sorted.size()));
            });
  }

  private static Pager pager(int page, int pageCount, int firstRank, int lastRank, int stories) {
    List<PageLink> links = new ArrayList<>();
    int previousShown = 0;
    for (int p = 1; p <= pageCount; p++) {
      boolean shown = p == 1 || p == pageCount || Math.abs(p - page) <= PAGER_NEIGHBOURS;
      if (!shown) {
        continue;
      }
      if (p > previousShown + 1) {
        links.add(PageLink.GAP);
      }
      links.add(new PageLink(ReportFiles.indexPageFile(p), Integer.toString(p), p == page, false));
      previousShown = p;
    }
    return new Pager(
        pageCount > 1,
        String.format(Locale.ROOT, "%,d", firstRank),
        String.format(Locale.ROOT, "%,d", lastRank),
        String.format(Locale.ROOT, "%,d", stories),
        page > 1 ? ReportFiles.indexPageFile(page - 1) : "",
        page < pageCount ? ReportFiles.indexPageFile(page + 1) : "",
        links);
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
