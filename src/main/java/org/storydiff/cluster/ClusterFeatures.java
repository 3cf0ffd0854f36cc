package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The per-article input of story clustering, computed in a map step and independent of the corpus.
 *
 * @param articleId the article's id, non-null
 * @param termWeights raw weighted term frequencies (not tf-idf, not normalized), non-null; keys are
 *     content terms ("flood"), entity terms ("e:red cross") and number terms ("n:134"); values are
 *     positive. Stored sorted so iteration and serialization are deterministic.
 * @param publishedEpochDay days since 1970-01-01 (UTC for timestamps with a zone), null when the
 *     article has no parseable publication date
 */
public record ClusterFeatures(
    String articleId, Map<String, Double> termWeights, Long publishedEpochDay)
    implements Serializable {

  public ClusterFeatures {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(termWeights, "termWeights");
    termWeights = Collections.unmodifiableMap(new TreeMap<>(termWeights));
  }
}
