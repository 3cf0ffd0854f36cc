package org.storydiff.bench;

import java.util.List;

/**
 * What a synthetic corpus's generator planted in one article ({@code planted.jsonl}, one object a
 * line): its story, the keys of the canonical sentences it carries in order, and its edits relative
 * to the story's canonical text.
 *
 * @param sentenceKeys canonical sentence keys ("lead", "d3", "q1"; "g7" is generic background, the
 *     same sentence in every version that carries it; "a0" is the article's own addition, whose key
 *     means nothing across articles)
 */
record PlantedArticle(
    String articleId, int story, int version, List<String> sentenceKeys, List<Edit> edits) {

  PlantedArticle {
    sentenceKeys = List.copyOf(sentenceKeys);
    edits = List.copyOf(edits);
  }

  boolean carries(String key) {
    return sentenceKeys.contains(key);
  }

  /**
   * One planted edit.
   *
   * @param change {@code changed}, {@code added}, {@code omitted}, or {@code form} (never to be
   *     reported)
   * @param kind {@code figure}, {@code quote} or {@code sentence} (form edits: what changed in
   *     form)
   * @param key figure slot or canonical sentence key, or null
   * @param canonical what the other versions write (text, figure or speaker), or null
   * @param planted what this version writes instead, or null
   */
  record Edit(
      String change, String kind, String key, String canonical, String planted, String note) {}
}
