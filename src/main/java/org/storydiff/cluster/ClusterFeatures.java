package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The per-article input of story clustering, computed in a map step and independent of the corpus:
 * raw weighted term frequencies keyed by {@link TermHash} ids, in two parallel arrays sorted by id
 * (about 12 bytes a term, so a million articles stay in memory). Immutable and thread-safe; the
 * arrays are never exposed.
 */
public final class ClusterFeatures implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String articleId;
  private final long[] terms;
  private final float[] weights;
  private final Long publishedEpochDay;
  private final String language;

  private ClusterFeatures(
      String articleId, long[] terms, float[] weights, Long publishedEpochDay, String language) {
    this.articleId = Objects.requireNonNull(articleId, "articleId");
    this.terms = terms;
    this.weights = weights;
    this.publishedEpochDay = publishedEpochDay;
    this.language = language;
  }

  /** Features of an article of unknown language. */
  public static ClusterFeatures of(
      String articleId, Map<String, Double> termWeights, Long publishedEpochDay) {
    return of(articleId, termWeights, publishedEpochDay, null);
  }

  /**
   * @param articleId non-null
   * @param termWeights raw (weighted) term frequencies by term ("flood", "e:red cross", "n:134",
   *     "d:2026-03"); non-positive weights are dropped; terms whose ids collide are summed
   * @param publishedEpochDay days since 1970-01-01, or null when the article has no usable date
   * @param language the article's language tag, or null when unknown
   */
  public static ClusterFeatures of(
      String articleId, Map<String, Double> termWeights, Long publishedEpochDay, String language) {
    long[] ids = new long[termWeights.size()];
    double[] raw = new double[termWeights.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : termWeights.entrySet()) {
      if (e.getValue() != null && e.getValue() > 0) {
        ids[n] = TermHash.of(e.getKey());
        raw[n++] = e.getValue();
      }
    }
    int[] order = IndexSort.sorted(n, (x, y) -> Long.compare(ids[x], ids[y]));
    long[] terms = new long[n];
    float[] weights = new float[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      long id = ids[order[k]];
      if (m > 0 && terms[m - 1] == id) {
        weights[m - 1] += (float) raw[order[k]];
      } else {
        terms[m] = id;
        weights[m++] = (float) raw[order[k]];
      }
    }
    return new ClusterFeatures(
        articleId, Arrays.copyOf(terms, m), Arrays.copyOf(weights, m), publishedEpochDay, language);
  }

  public String articleId() {
    return articleId;
  }

  /** Days since 1970-01-01, null when unknown. */
  public Long publishedEpochDay() {
    return publishedEpochDay;
  }

  /** The article's language tag, null when unknown. */
  public String language() {
    return language;
  }

  /** Number of distinct terms. */
  public int size() {
    return terms.length;
  }

  /** The i-th term id in ascending order, 0 ≤ i < size(). */
  public long termAt(int i) {
    return terms[i];
  }

  /** The raw weight of {@link #termAt}(i). */
  public float weightAt(int i) {
    return weights[i];
  }

  /** The raw weight of {@code term} ({@link TermHash#of}), 0 when absent. */
  public double weight(String term) {
    int i = Arrays.binarySearch(terms, TermHash.of(term));
    return i >= 0 ? weights[i] : 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterFeatures f
        && articleId.equals(f.articleId)
        && Arrays.equals(terms, f.terms)
        && Arrays.equals(weights, f.weights)
        && Objects.equals(publishedEpochDay, f.publishedEpochDay)
        && Objects.equals(language, f.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        articleId, Arrays.hashCode(terms), Arrays.hashCode(weights), publishedEpochDay, language);
  }

  @Override
  public String toString() {
    return "ClusterFeatures{"
        + articleId
        + ", "
        + terms.length
        + " terms, day "
        + publishedEpochDay
        + "}";
  }
}
