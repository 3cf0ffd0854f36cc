package org.storydiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.FactGroup;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.StoryResult;

/**
 * What every part of one story page looks up: the story, its sentence anchors, its side-by-side
 * rows and its findings, each computed once. Versions are addressed by their index in the column
 * order: the story's (id-sorted) versions, and in a story of several languages grouped by language,
 * the language most versions write first. Built per page; read-only afterwards.
 */
final class PageContext {

  private final StoryResult story;
  private final List<AnalyzedArticle> columns;
  private final boolean multilingual;
  private final boolean[] aloneInLanguage;
  private final Anchors anchors;
  private final AlignedRows rows;
  private final FindingIndex findings;
  private final Map<String, Integer> versionIndex = new HashMap<>();
  private final Map<Long, Integer> rowOfSentence = new HashMap<>();
  private final Set<List<Long>> alignedPairs = new HashSet<>();

  PageContext(StoryResult story) {
    this.story = story;
    this.columns = columnOrder(story.versions());
    List<List<AnalyzedArticle>> languages = LanguageGroups.of(columns);
    this.multilingual = languages.size() > 1;
    this.aloneInLanguage = new boolean[columns.size()];
    for (List<AnalyzedArticle> language : languages) {
      if (multilingual && language.size() == 1) {
        aloneInLanguage[columns.indexOf(language.get(0))] = true;
      }
    }
    this.anchors = new Anchors(columns);
    this.rows = AlignedRows.of(columns, story.alignments());
    this.findings = new FindingIndex(story.findings());
    for (int v = 0; v < columns.size(); v++) {
      versionIndex.put(columns.get(v).id(), v);
    }
    for (int r = 0; r < rows.rows().size(); r++) {
      List<List<Integer>> cells = rows.rows().get(r).cells();
      for (int v = 0; v < cells.size(); v++) {
        for (int s : cells.get(v)) {
          rowOfSentence.put(key(v, s), r);
        }
      }
    }
    for (Alignment a : story.alignments()) {
      int va = versionOf(a.articleA());
      int vb = versionOf(a.articleB());
      if (va >= 0 && vb >= 0) {
        alignedPairs.add(List.of(key(va, a.sentenceA()), key(vb, a.sentenceB())));
        alignedPairs.add(List.of(key(vb, a.sentenceB()), key(va, a.sentenceA())));
      }
    }
  }

  StoryResult story() {
    return story;
  }

  /** The versions in column order. */
  List<AnalyzedArticle> versions() {
    return columns;
  }

  AnalyzedArticle version(int v) {
    return columns.get(v);
  }

  /** Whether the story's versions are in two or more languages (each column then names its own). */
  boolean multilingual() {
    return multilingual;
  }

  /**
   * Whether column {@code v} is the only version of its language in a story of several: compared
   * with no other sentence by sentence, so none of its sentences is "only here".
   */
  boolean aloneInLanguage(int v) {
    return aloneInLanguage[v];
  }

  /**
   * What column {@code v} does with fact group {@code g}, as the diff's findings say; in a story of
   * several languages, a version of a language none of the group's versions writes was never
   * compared with it ({@link CellState#OTHER_LANGUAGE}), which "absent" would misstate.
   */
  CoverageViews.CellState state(FactGroup g, int v) {
    CoverageViews.CellState state = CoverageViews.CellState.of(g.stateOf(columns.get(v).id()));
    if (!multilingual || state != CoverageViews.CellState.ABSENT) {
      return state;
    }
    String language = LanguageGroups.codeOf(columns.get(v).article().language());
    for (FactGroup.Member m : g.members()) {
      Integer w = versionIndex.get(m.articleId());
      if (w != null
          && Objects.equals(LanguageGroups.codeOf(columns.get(w).article().language()), language)) {
        return state;
      }
    }
    return CoverageViews.CellState.OTHER_LANGUAGE;
  }

  /** Versions grouped by language, most versions first (ties by language code), else as given. */
  static List<AnalyzedArticle> columnOrder(List<AnalyzedArticle> versions) {
    List<List<AnalyzedArticle>> languages = new ArrayList<>(LanguageGroups.of(versions));
    if (languages.size() == 1) {
      return versions;
    }
    languages.sort(Comparator.comparingInt((List<AnalyzedArticle> g) -> -g.size()));
    return languages.stream().flatMap(List::stream).toList();
  }

  String source(int v) {
    return version(v).article().source();
  }

  Anchors anchors() {
    return anchors;
  }

  AlignedRows rows() {
    return rows;
  }

  FindingIndex findings() {
    return findings;
  }

  /** The column of {@code articleId}, or -1 for an article that is not a version of this story. */
  int versionOf(String articleId) {
    return versionIndex.getOrDefault(articleId, -1);
  }

  /** The side-by-side row holding sentence {@code s} of version {@code v}; MAX_VALUE if none. */
  int rowOf(int v, int s) {
    return rowOfSentence.getOrDefault(key(v, s), Integer.MAX_VALUE);
  }

  /**
   * Whether an alignment joins sentence {@code s} of version {@code v} and {@code t} of {@code w}.
   */
  boolean aligned(int v, int s, int w, int t) {
    return alignedPairs.contains(List.of(key(v, s), key(w, t)));
  }

  /** The anchor link ("#...") to sentence {@code s} of version {@code v}. */
  String link(int v, int s) {
    return "#" + anchors.sentence(version(v).id(), s);
  }

  private static long key(int v, int s) {
    return ((long) v << 32) | (s & 0xffffffffL);
  }
}
