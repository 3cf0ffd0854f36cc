package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article as the clusterer sees it: its id, its tf-idf vector and its publication day.
 *
 * @param articleId non-null
 * @param vector non-null, L2-normalized (may be empty for an article without content terms)
 * @param publishedEpochDay days since 1970-01-01, null when unknown
 */
public record ClusterItem(String articleId, TermVector vector, Long publishedEpochDay)
    implements Serializable {

  public ClusterItem {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(vector, "vector");
  }
}
