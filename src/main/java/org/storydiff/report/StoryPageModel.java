package org.storydiff.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storydiff.model.Article;
import org.storydiff.model.FactKind;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.Published;
import org.storydiff.model.StoryResult;
import org.storydiff.report.StoryPageView.Column;

/** Builds the {@link StoryPageView} of one story. Thread-safe: stateless. */
final class StoryPageModel {

  private StoryPageModel() {}

  static StoryPageView of(StoryResult whole) {
    // Versions left out over --max-versions have no alignments or findings: they are named, not
    // shown.
    StoryResult story = whole.comparedOnly();
    PageContext page = new PageContext(story);
    List<PageGroup> figures = PageGroup.of(page, FactKind.FIGURE);
    List<PageGroup> quotes = PageGroup.of(page, FactKind.QUOTE);
    return new StoryPageView(
        ContentPolicy.STORY_PAGE,
        Headlines.of(story),
        story.storyId(),
        story.versions().size(),
        whole.notCompared(),
        whole.failure() == null ? "" : whole.failure(),
        "../" + ReportFiles.INDEX_FILE,
        columns(page),
        RowViews.of(page),
        FindingPanels.of(page),
        CoverageMatrix.of(page, figures, quotes),
        FigureConflicts.of(page, figures),
        QuoteComparison.of(page, quotes),
        LineageViews.rows(page));
  }

  private static List<Column> columns(PageContext page) {
    Optional<Instant> earliest =
        page.versions().stream()
            .map(v -> v.article().publishedTime())
            .filter(Objects::nonNull)
            .map(Published::instant)
            .min(Instant::compareTo);
    boolean multilingual = page.multilingual();
    return page.versions().stream().map(v -> column(v.article(), earliest, multilingual)).toList();
  }

  private static Column column(Article a, Optional<Instant> earliest, boolean multilingual) {
    String language = LanguageGroups.codeOf(a.language());
    Optional<Instant> published = Optional.ofNullable(a.publishedTime()).map(Published::instant);
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
        href != null,
        language == null ? "" : language,
        multilingual && language != null);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
