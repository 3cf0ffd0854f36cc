package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many articles of the corpus hold each term, for the terms held by at least {@value #MIN_DF}
 * articles (a term held by one article cannot link it to anything, and leaving those out keeps the
 * table the size of the shared vocabulary, not of the corpus). Stored as sorted primitive arrays:
 * about 12 bytes a term, so it can be broadcast to every Spark executor. Immutable and thread-safe.
 */
public final class DocumentFrequencies implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Terms held by fewer articles are not stored; {@link #df} reports them as 1. */
  public static final int MIN_DF = 2;

  private final long documents;
  private final long[] terms;
  private final int[] counts;

  private DocumentFrequencies(long documents, long[] terms, int[] counts) {
    this.documents = documents;
    this.terms = terms;
    this.counts = counts;
  }

  /**
   * @param documents the corpus size, ≥ every count
   * @param termCounts term id → number of articles holding it; entries below {@value #MIN_DF} are
   *     ignored
   */
  public static DocumentFrequencies of(long documents, Map<Long, Integer> termCounts) {
    long[] ids = new long[termCounts.size()];
    int[] counts = new int[termCounts.size()];
    int i = 0;
    for (Map.Entry<Long, Integer> e : termCounts.entrySet()) {
      ids[i] = e.getKey();
      counts[i++] = e.getValue();
    }
    return of(documents, ids, counts);
  }

  /**
   * From parallel arrays (any order, ids distinct), as a distributed count delivers them; entries
   * below {@value #MIN_DF} are ignored.
   */
  public static DocumentFrequencies of(long documents, long[] ids, int[] counts) {
    Integer[] order = new Integer[ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (counts[i] >= MIN_DF) {
        order[n++] = i;
      }
    }
    Arrays.sort(order, 0, n, (x, y) -> Long.compare(ids[x], ids[y]));
    long[] sortedIds = new long[n];
    int[] sortedCounts = new int[n];
    for (int k = 0; k < n; k++) {
      sortedIds[k] = ids[order[k]];
      sortedCounts[k] = counts[order[k]];
      if (sortedCounts[k] > documents) {
        throw new IllegalArgumentException(
            "a term is held by " + sortedCounts[k] + " of " + documents + " documents");
      }
      if (k > 0 && sortedIds[k] == sortedIds[k - 1]) {
        throw new IllegalArgumentException("term id " + sortedIds[k] + " is counted twice");
      }
    }
    return new DocumentFrequencies(documents, sortedIds, sortedCounts);
  }

  /** Counts the terms of {@code features} (each article counts a term once). */
  public static DocumentFrequencies count(List<ClusterFeatures> features) {
    Map<Long, Integer> counts = new HashMap<>();
    for (ClusterFeatures f : features) {
      for (int i = 0; i < f.size(); i++) {
        counts.merge(f.termAt(i), 1, Integer::sum);
      }
    }
    return of(features.size(), counts);
  }

  /** The corpus size N. */
  public long documents() {
    return documents;
  }

  /** The number of articles holding {@code term}; 1 for a term not stored (held by at most one). */
  public int df(long term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? counts[i] : 1;
  }

  /** Number of stored (shared) terms. */
  public int size() {
    return terms.length;
  }
}
