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
 */
public record GeneratedArticle(
    Article article,
    int story,
    int version,
    int sequelOf,
    List<String> sentenceKeys,
    List<PlantedEdit> edits)
    implements Serializable {

  public GeneratedArticle {
    sentenceKeys = List.copyOf(sentenceKeys);
    edits = List.copyOf(edits);
  }
}
