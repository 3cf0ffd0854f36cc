package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean of a story's article vectors ({@link TermVector}s), over {@link TermHash} ids: sorted
 * ids and a parallel array of weights, the {@value #MAX_TERMS} heaviest terms kept. Not normalized,
 * on purpose: the dot product of two such means is the average cosine over all pairs of articles of
 * the two stories, which is the average-link similarity the clustering merges by (apart from the
 * date factor and local density, and the terms cut off). So a later run can link its story to an
 * earlier one with the clustering's own threshold, without the earlier articles. Immutable and
 * thread-safe; the arrays are never exposed.
 */
public final class StoryCentroid implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Terms kept: twice an article's 128, since a story's versions add their own details. About 3 KB
   * a story in the {@code stories/} dataset.
   */
  public static final int MAX_TERMS = 256;

  private final long[] terms;
  private final float[] weights;

  private StoryCentroid(long[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /**
   * A centroid as stored: ids strictly ascending, weights positive and finite, at most {@value
   * #MAX_TERMS} of them.
   *
   * @throws IllegalArgumentException when the arrays break these rules
   */
  public static StoryCentroid of(long[] terms, float[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException(
          "a centroid needs one weight per term, got "
              + terms.length
              + " terms and "
              + weights.length
              + " weights");
    }
    if (terms.length > MAX_TERMS) {
      throw new IllegalArgumentException(
          "a centroid has at most " + MAX_TERMS + " terms, got " + terms.length);
    }
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && terms[i] <= terms[i - 1]) {
        throw new IllegalArgumentException("centroid term ids must be strictly ascending");
      }
      if (!(weights[i] > 0) || !Float.isFinite(weights[i])) {
        throw new IllegalArgumentException(
            "centroid weights must be positive and finite, got " + weights[i]);
      }
    }
    return new StoryCentroid(terms.clone(), weights.clone());
  }

  /**
   * The mean of {@code vectors}. Sums run in list order, so the caller fixes the order (e.g. by
   * article id) for the same bytes whatever the partitioning.
   */
  public static StoryCentroid mean(List<TermVector> vectors) {
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("a centroid needs at least one vector");
    }
    Map<Long, Double> sums = new HashMap<>();
    for (TermVector v : vectors) {
      for (int i = 0; i < v.size(); i++) {
        sums.merge(v.termAt(i), (double) v.weightAt(i), Double::sum);
      }
    }
    return heaviest(sums, vectors.size());
  }

  /**
   * The centroid of two stories joined: their means weighted by how many articles each represents.
   *
   * @param countA articles behind {@code a}, ≥ 1
   * @param countB articles behind {@code b}, ≥ 1
   */
  public static StoryCentroid merge(StoryCentroid a, int countA, StoryCentroid b, int countB) {
    if (countA < 1 || countB < 1) {
      throw new IllegalArgumentException(
          "article counts must be ≥ 1, got " + countA + " and " + countB);
    }
    Map<Long, Double> sums = new HashMap<>();
    a.addTo(sums, countA);
    b.addTo(sums, countB);
    return heaviest(sums, (double) countA + countB);
  }

  private void addTo(Map<Long, Double> sums, int count) {
    for (int i = 0; i < terms.length; i++) {
      sums.merge(terms[i], (double) weights[i] * count, Double::sum);
    }
  }

  /** Keeps the heaviest terms of {@code sums / divisor}, ties by id, sorted by id. */
  private static StoryCentroid heaviest(Map<Long, Double> sums, double divisor) {
    long[] ids = sums.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    Long[] order = Arrays.stream(ids).boxed().toArray(Long[]::new);
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Double.compare(sums.get(y), sums.get(x));
          return c != 0 ? c : Long.compare(x, y);
        });
    int kept = 0;
    long[] keptIds = new long[Math.min(MAX_TERMS, order.length)];
    for (Long id : order) {
      if (kept == keptIds.length) {
        break;
      }
      if ((float) (sums.get(id) / divisor) > 0) {
        keptIds[kept++] = id;
      }
    }
    long[] terms = Arrays.copyOf(keptIds, kept);
    Arrays.sort(terms);
    float[] weights = new float[kept];
    for (int i = 0; i < kept; i++) {
      weights[i] = (float) (sums.get(terms[i]) / divisor);
    }
    return new StoryCentroid(terms, weights);
  }

  /** The dot product: the average cosine between the two stories' articles, in [0, 1]. */
  public double dot(StoryCentroid other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** The ids of the heaviest terms, heaviest first, ties by id. */
  public long[] termsByWeight() {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Float.compare(weights[y], weights[x]);
          return c != 0 ? c : Long.compare(terms[x], terms[y]);
        });
    return Arrays.stream(order).mapToLong(i -> terms[i]).toArray();
  }

  /** Number of terms. */
  public int size() {
    return terms.length;
  }

  /** The i-th term id in ascending order, 0 ≤ i < size(). */
  public long termAt(int i) {
    return terms[i];
  }

  /** The weight of {@link #termAt}(i). */
  public float weightAt(int i) {
    return weights[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryCentroid c
        && Arrays.equals(terms, c.terms)
        && Arrays.equals(weights, c.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "StoryCentroid{" + terms.length + " terms}";
  }
}
