package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final boolean multilingual;

  private DocumentFrequencies(long documents, long[] terms, int[] counts, boolean multilingual) {
    this.documents = documents;
    this.terms = terms;
    this.counts = counts;
    this.multilingual = multilingual;
  }

  /**
   * These frequencies for a corpus of two or more languages, whose articles then also get blocking
   * keys that pair articles of two languages ({@link BlockingKeys#acrossLanguages}).
   */
  public DocumentFrequencies multilingual() {
    return new DocumentFrequencies(documents, terms, counts, true);
  }

  /** Whether the corpus holds articles of two or more languages. */
  public boolean isMultilingual() {
    return multilingual;
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
    return new DocumentFrequencies(documents, sortedIds, sortedCounts, false);
  }

  /**
   * Counts the terms of {@code features} (each article counts a term once), and whether they hold
   * two or more languages ({@link #multilingual}).
   */
  public static DocumentFrequencies count(List<ClusterFeatures> features) {
    Map<Long, Integer> counts = new HashMap<>();
    Set<String> languages = new HashSet<>();
    for (ClusterFeatures f : features) {
      if (f.language() != null) {
        languages.add(f.language());
      }
      for (int i = 0; i < f.size(); i++) {
        counts.merge(f.termAt(i), 1, Integer::sum);
      }
    }
    DocumentFrequencies df = of(features.size(), counts);
    return languages.size() > 1 ? df.multilingual() : df;
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

  /**
   * The stored term's position among the stored terms, in term id order (so a dense id of a shared
   * term); -1 for a term not stored.
   */
  public int indexOf(long term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? i : -1;
  }

  /** Number of stored (shared) terms. */
  public int size() {
    return terms.length;
  }
}
