package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.align.WordDiff;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.LanguageSource;
import org.storydiff.model.Relation;
import org.storydiff.model.Sentence;
import org.storydiff.report.StoryPageView.CellView;
import org.storydiff.report.StoryPageView.DiffView;
import org.storydiff.report.StoryPageView.RowView;
import org.storydiff.report.StoryPageView.SentenceView;

/**
 * Turns {@link AlignedRows} into the side-by-side rows of a story page: highlighted sentences,
 * their anchors and, for a sentence aligned as {@link Relation#CHANGED} with one in an earlier
 * column of its row, a word diff against it (deleted words are the earlier version's, inserted ones
 * this version's). Thread-safe: stateless.
 */
final class RowViews {

  private RowViews() {}

  static List<RowView> of(PageContext page) {
    List<AnalyzedArticle> columns = page.versions();
    Anchors anchors = page.anchors();
    Set<SentencePair> changed = changedPairs(page.story().alignments());
    Map<String, String> copiedFrom = LineageViews.copiedFrom(page);
    List<RowView> rows = new ArrayList<>();
    for (AlignedRows.Row row : page.rows().rows()) {
      List<CellView> cells = new ArrayList<>();
      for (int v = 0; v < row.cells().size(); v++) {
        cells.add(cell(columns, page.aloneInLanguage(v), anchors, changed, copiedFrom, row, v));
      }
      rows.add(new RowView(cells, row.aligned()));
    }
    return rows;
  }

  private static CellView cell(
      List<AnalyzedArticle> columns,
      boolean aloneInLanguage,
      Anchors anchors,
      Set<SentencePair> changed,
      Map<String, String> copiedFrom,
      AlignedRows.Row row,
      int v) {
    AnalyzedArticle version = columns.get(v);
    List<SentenceView> sentences = new ArrayList<>();
    for (int index : row.cells().get(v)) {
      Sentence s = version.sentences().get(index);
      String from = copiedFrom.getOrDefault(LineageViews.key(version.id(), s.index()), "");
      sentences.add(
          new SentenceView(
              anchors.sentence(version.id(), s.index()),
              s.index() + 1,
              cssClass(s, row.aligned(), aloneInLanguage) + (from.isEmpty() ? "" : " copied"),
              Highlighter.highlight(version, s),
              diffs(columns, changed, row, v, index),
              from,
              !from.isEmpty()));
    }
    String language = version.article().language();
    // English taken by default is a guess, not something to tell a browser or screen reader.
    // An empty cell says nothing in any language: its tag would only weigh on wide stories' pages.
    boolean hasLanguage =
        !sentences.isEmpty()
            && language != null
            && !language.isBlank()
            && version.article().languageSource() != LanguageSource.DEFAULT;
    return new CellView(sentences, hasLanguage ? language.strip() : "", hasLanguage);
  }

  /** "only" marks "only here"; a version alone in its language was compared with no sentence. */
  private static String cssClass(Sentence s, boolean aligned, boolean aloneInLanguage) {
    String place = aloneInLanguage ? "alone" : aligned ? "aligned" : "only";
    return s.isBoilerplate() ? place + " boilerplate" : place;
  }

  /**
   * The diff against the first CHANGED counterpart in an earlier column of the same row; one diff
   * per sentence keeps wide stories readable.
   */
  private static List<DiffView> diffs(
      List<AnalyzedArticle> columns,
      Set<SentencePair> changed,
      AlignedRows.Row row,
      int v,
      int index) {
    String id = columns.get(v).id();
    List<DiffView> diffs = new ArrayList<>();
    for (int w = 0; w < v; w++) {
      AnalyzedArticle earlier = columns.get(w);
      for (int other : row.cells().get(w)) {
        if (changed.contains(SentencePair.of(earlier.id(), other, id, index))) {
          diffs.add(
              new DiffView(
                  earlier.article().source(),
                  DiffParts.of(
                      WordDiff.Side.sentence(earlier, other),
                      WordDiff.Side.sentence(columns.get(v), index))));
          return diffs;
        }
      }
    }
    return diffs;
  }

  /**
   * The sentence pairs aligned as CHANGED, looked up once per sentence instead of scanning all
   * alignments.
   */
  private static Set<SentencePair> changedPairs(List<Alignment> alignments) {
    Set<SentencePair> pairs = new HashSet<>();
    for (Alignment a : alignments) {
      if (a.relation() == Relation.CHANGED) {
        pairs.add(new SentencePair(a.articleA(), a.sentenceA(), a.articleB(), a.sentenceB()));
      }
    }
    return pairs;
  }

  /**
   * Two sentences of two versions, the version whose id sorts first first (as in {@link
   * Alignment}).
   */
  private record SentencePair(String articleA, int sentenceA, String articleB, int sentenceB) {

    static SentencePair of(String article, int sentence, String otherArticle, int otherSentence) {
      return article.compareTo(otherArticle) < 0
          ? new SentencePair(article, sentence, otherArticle, otherSentence)
          : new SentencePair(otherArticle, otherSentence, article, sentence);
    }
  }
}
