package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Objects;

/**
 * What scoring a candidate pair needs of an article, and nothing more: it travels to each of the
 * article's blocks ({@link ScoringVector}).
 *
 * @param vector non-null
 * @param publishedEpochDay days since 1970-01-01, null when unknown
 * @param language the article's language tag, null when unknown
 */
public record ScoringItem(ScoringVector vector, Long publishedEpochDay, String language)
    implements Serializable {

  public ScoringItem {
    Objects.requireNonNull(vector, "vector");
  }

  /** {@code item}'s vector reduced to the corpus' shared terms. */
  public static ScoringItem of(ClusterItem item, DocumentFrequencies df) {
    return new ScoringItem(
        ScoringVector.of(item.vector(), df), item.publishedEpochDay(), item.language());
  }

  /** Whether both languages are known and differ. */
  public boolean isOtherLanguage(ScoringItem other) {
    return ClusterItem.otherLanguages(language, other.language);
  }
}
