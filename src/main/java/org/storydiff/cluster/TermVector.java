package org.storydiff.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A sparse, L2-normalized tf-idf vector. Terms are kept in a sorted {@code String[]} with a
 * parallel {@code float[]} of weights, so a vector of 64 terms costs a few hundred bytes plus its
 * strings and a million of them fit in a few hundred megabytes. Immutable and thread-safe.
 */
public final class TermVector implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final TermVector EMPTY = new TermVector(new String[0], new float[0]);

  /** Heaviest first, then by term, so every choice among equal weights is deterministic. */
  private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
      Map.Entry.<String, Double>comparingByValue()
          .reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private final String[] terms;
  private final float[] weights;

  private TermVector(String[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /**
   * Weighs raw term frequencies by idf and keeps the {@code maxTerms} heaviest terms.
   *
   * <p>Term frequency is sublinear, {@code 1 + ln(tf)} for tf ≥ 1, so a name repeated ten times
   * does not drown the rest; fractional frequencies below 1 are used as they are. Terms with a
   * non-positive frequency or idf are dropped. Ties at the cut are broken by term.
   *
   * @param termWeights raw (weighted) term frequencies, non-null
   * @param idf the idf of a term, typically {@link Idf#of} over corpus document frequencies
   * @param maxTerms ≥ 1
   */
  public static TermVector weigh(
      Map<String, Double> termWeights, ToDoubleFunction<String> idf, int maxTerms) {
    if (maxTerms < 1) {
      throw new IllegalArgumentException("maxTerms must be ≥ 1, e.g. 64, got " + maxTerms);
    }
    List<Map.Entry<String, Double>> weighted = new ArrayList<>(termWeights.size());
    for (Map.Entry<String, Double> e : termWeights.entrySet()) {
      double w = sublinear(e.getValue()) * idf.applyAsDouble(e.getKey());
      if (w > 0 && Double.isFinite(w)) {
        weighted.add(Map.entry(e.getKey(), w));
      }
    }
    weighted.sort(HEAVIEST_FIRST);
    return normalized(weighted.subList(0, Math.min(maxTerms, weighted.size())));
  }

  /** The empty vector: cosine 0 with everything. */
  public static TermVector empty() {
    return EMPTY;
  }

  private static double sublinear(Double tf) {
    if (tf == null || !(tf > 0)) {
      return 0;
    }
    return tf >= 1 ? 1 + Math.log(tf) : tf;
  }

  private static TermVector normalized(List<Map.Entry<String, Double>> kept) {
    if (kept.isEmpty()) {
      return EMPTY;
    }
    List<Map.Entry<String, Double>> byTerm = new ArrayList<>(kept);
    byTerm.sort(Map.Entry.comparingByKey());
    double norm = Math.sqrt(byTerm.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
    String[] terms = new String[byTerm.size()];
    float[] weights = new float[byTerm.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = byTerm.get(i).getKey();
      weights[i] = (float) (byTerm.get(i).getValue() / norm);
    }
    return new TermVector(terms, weights);
  }

  /** Cosine similarity in [0, 1] (both vectors are normalized and non-negative). */
  public double cosine(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int c = terms[i].compareTo(other.terms[j]);
      if (c == 0) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** The {@code k} heaviest terms, heaviest first, ties by term. */
  public List<String> topTerms(int k) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]));
    List<String> top = new ArrayList<>(Math.min(k, order.length));
    for (int i = 0; i < order.length && top.size() < k; i++) {
      top.add(terms[order[i]]);
    }
    return top;
  }

  /** The normalized weight of {@code term}, 0 when absent. */
  public double weight(String term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? weights[i] : 0;
  }

  /** The i-th term in sorted order, 0 ≤ i < size(). */
  String termAt(int i) {
    return terms[i];
  }

  /** The weight of {@link #termAt}(i). */
  float weightAt(int i) {
    return weights[i];
  }

  /** Number of non-zero terms. */
  public int size() {
    return terms.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v
        && Arrays.equals(terms, v.terms)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TermVector{");
    for (String t : topTerms(5)) {
      s.append(t).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", weight(t))).append(' ');
    }
    return s.append(size()).append(" terms}").toString();
  }
}
