package org.storydiff.report;

import java.util.List;

/**
 * The view model of a story page: plain data the story template walks through. Every string is
 * escaped by the template; booleans stand in for the conditions templates must not compute. Values
 * shown when absent are empty strings, never null, so a template never looks a name up in an outer
 * scope by accident.
 *
 * @param contentSecurityPolicy the page's CSP, see {@link ContentPolicy}
 * @param notCompared ids of versions of the story that were not compared (over --max-versions)
 * @param failure why the story could not be compared, or ""
 * @param coverage each figure, quote and key statement against each version
 * @param conflicts the figures versions disagree on
 * @param quotes every quote, speaker and wording per version
 * @param lineage who copied whom: one row per version, in column order
 */
record StoryPageView(
    String contentSecurityPolicy,
    String headline,
    String storyId,
    int versionCount,
    List<String> notCompared,
    String failure,
    String indexHref,
    List<Column> columns,
    List<RowView> rows,
    List<FindingsPanel> panels,
    CoverageViews.Matrix coverage,
    List<CoverageViews.Conflict> conflicts,
    List<CoverageViews.QuoteGroup> quotes,
    List<LineageRow> lineage) {

  boolean hasFailure() {
    return !failure.isEmpty();
  }

  boolean hasNotCompared() {
    return !notCompared.isEmpty();
  }

  int notComparedCount() {
    return notCompared.size();
  }

  boolean hasConflicts() {
    return !conflicts.isEmpty();
  }

  boolean hasQuotes() {
    return !quotes.isEmpty();
  }

  boolean anyDerived() {
    return lineage.stream().anyMatch(LineageRow::derived);
  }

  /** Whether the versions are in several languages (each column then names its own). */
  boolean multilingual() {
    return columns.stream().anyMatch(Column::showLanguage);
  }

  /**
   * One version's column head. {@code gap} is e.g. "+2h 15m" or "earliest", "" when undated; {@code
   * language} is the version's language code, shown ({@code showLanguage}) in a story of several
   * languages, whose columns are grouped by it.
   */
  record Column(
      String source,
      String articleId,
      String title,
      boolean hasTitle,
      String published,
      boolean hasPublished,
      String gap,
      boolean hasGap,
      String url,
      boolean hasUrl,
      boolean urlLinked,
      String language,
      boolean showLanguage) {}

  record RowView(List<CellView> cells, boolean aligned) {}

  /**
   * {@code language} is the article's language tag for the cell's {@code lang}, "" when unknown.
   */
  record CellView(List<SentenceView> sentences, String language, boolean hasLanguage) {}

  /**
   * @param cssClass "aligned", "only" (in no other version), "copied" (near-verbatim from an
   *     earlier version) and/or "boilerplate"
   * @param copiedFrom where a copied sentence came from ("AP, sentence 4"), else ""
   * @param diffs word diffs against changed counterparts in earlier columns of the row
   */
  record SentenceView(
      String anchor,
      int number,
      String cssClass,
      List<TextSegment> segments,
      List<DiffView> diffs,
      String copiedFrom,
      boolean copied) {}

  record DiffView(String againstSource, List<DiffPart> parts) {}

  record DiffPart(String text, boolean equal, boolean deleted, boolean inserted) {}

  /**
   * {@code toCheck}: the version's low-confidence findings, shown apart from the others; {@code
   * pickupNote}: for a wholly derived version, what its findings mean, else "".
   */
  record FindingsPanel(
      String source,
      String articleId,
      List<FindingGroup> groups,
      List<FindingItem> toCheck,
      boolean none,
      String pickupNote) {

    boolean isPickup() {
      return !pickupNote.isEmpty();
    }

    boolean hasToCheck() {
      return !toCheck.isEmpty();
    }
  }

  record FindingGroup(String change, List<FindingItem> items) {}

  /** {@code here} is empty for an omitted finding; links are to sentence anchors on this page. */
  record FindingItem(String kind, String detail, List<Link> here, List<Link> elsewhere) {}

  /**
   * A link to a sentence; when the sentence cannot be found, {@code linked} is false and only
   * {@code label} shows.
   */
  record Link(String label, String target, boolean linked, String quoted) {}

  /**
   * One version's lineage: the version it copied ({@code derivedFromSource}, {@code derivedFrom};
   * "" when none), the METER class, its own share of body sentences in percent, how many sentences
   * it copied, and the agencies it credits.
   */
  record LineageRow(
      String source,
      String articleId,
      boolean derived,
      String derivedFromSource,
      String derivedFrom,
      String derivation,
      int ownPercent,
      int copiedSentences,
      String credits,
      boolean hasCredits) {}
}
