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
 * @param language the article's language tag, null when unknown; two articles in different
 *     languages are compared on their names, numbers and dates only ({@link ArticleSimilarity})
 */
public record ClusterItem(
    String articleId, TermVector vector, Long publishedEpochDay, double density, String language)
    implements Serializable {

  public ClusterItem {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(vector, "vector");
    density = LocalDensity.clamp(density);
  }

  /** An item of unknown language. */
  public ClusterItem(String articleId, TermVector vector, Long publishedEpochDay, double density) {
    this(articleId, vector, publishedEpochDay, density, null);
  }

  /** An item of unknown language whose density is not known yet (sparse: no deflation). */
  public ClusterItem(String articleId, TermVector vector, Long publishedEpochDay) {
    this(articleId, vector, publishedEpochDay, LocalDensity.FLOOR, null);
  }

  public ClusterItem withDensity(double newDensity) {
    return new ClusterItem(articleId, vector, publishedEpochDay, newDensity, language);
  }

  /** Whether both languages are known and differ. */
  public boolean isOtherLanguage(ClusterItem other) {
    return otherLanguages(language, other.language);
  }

  /** Whether both language tags are known and differ. */
  static boolean otherLanguages(String one, String other) {
    return one != null && other != null && !one.equals(other);
  }
}
