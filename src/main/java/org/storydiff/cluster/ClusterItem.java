package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article as the clusterer sees it.
 *
 * @param articleId non-null
 * @param vector non-null, L2-normalized (may be empty for an article without usable terms)
 * @param publishedEpochDay days since 1970-01-01, null when unknown
 * @param density how close the article's nearest neighbours are ({@link LocalDensity}), in [{@link
 *     LocalDensity#FLOOR}, {@link LocalDensity#CEILING}]
 */
public record ClusterItem(
    String articleId, TermVector vector, Long publishedEpochDay, double density)
    implements Serializable {

  public ClusterItem {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(vector, "vector");
    density = LocalDensity.clamp(density);
  }

  /** An item whose density is not known yet (treated as sparse: no deflation). */
  public ClusterItem(String articleId, TermVector vector, Long publishedEpochDay) {
    this(articleId, vector, publishedEpochDay, LocalDensity.FLOOR);
  }

  public ClusterItem withDensity(double newDensity) {
    return new ClusterItem(articleId, vector, publishedEpochDay, newDensity);
  }
}
