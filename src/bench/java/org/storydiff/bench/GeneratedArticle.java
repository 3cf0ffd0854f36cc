package org.storydiff.bench;

import java.io.Serializable;
import java.util.List;
import org.storydiff.model.Article;

/**
 * One synthetic article and its planted truth.
 *
 * @param article the input record, as the job would read it
 * @param story the story's number; articles of one story are versions of one event
 * @param version 0-based among the story's versions
 * @param sequelOf the story this one's story continues, or -1
 * @param sentenceKeys the canonical sentences this version carries, in body order ("a0" for an
 *     added one)
 * @param edits the differences planted in this version
 * @param style how the version was written: {@code copy} (the story's wire text, lightly edited),
 *     {@code rewrite}, {@code independent} (its own article on the same facts, copying no other
 *     version) or {@code pickup} (an earlier version's text, trimmed and lightly edited)
 * @param derivedFrom for a pickup, the article id of the version it took its text from; else null
 * @param sentences the body sentences as written, parallel to {@code sentenceKeys} (before
 *     paragraphs are swapped; a pickup starts from its source's)
 */
public record GeneratedArticle(
    Article article,
    int story,
    int version,
    int sequelOf,
    List<String> sentenceKeys,
    List<PlantedEdit> edits,
    String style,
    String derivedFrom,
    List<String> sentences)
    implements Serializable {

  public static final String PICKUP = "pickup";
  public static final String INDEPENDENT = "independent";

  public GeneratedArticle {
    sentenceKeys = List.copyOf(sentenceKeys);
    edits = List.copyOf(edits);
    sentences = List.copyOf(sentences);
    if (sentences.size() != sentenceKeys.size()) {
      throw new IllegalArgumentException(
          "sentences and sentenceKeys must be parallel, got "
              + sentences.size()
              + " and "
              + sentenceKeys.size());
    }
    if ((derivedFrom != null) != PICKUP.equals(style)) {
      throw new IllegalArgumentException(
          "derivedFrom is set for pickups and only for them, got " + style + "/" + derivedFrom);
    }
  }
}
