package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chooses the blocking keys of an article: only articles sharing a key are ever compared, which
 * keeps pair generation near-linear instead of all-pairs. Stateless and thread-safe.
 *
 * <p>Recommended defaults (see {@link ClusterSettings#defaults()}): {@code k = 8} keys per
 * article and {@code maxDf} = 5% of the corpus, but within [100, 2,000] (see {@link ClusterSettings#maxDf}). With fewer keys, versions that lead
 * with different words miss each other; with a larger maxDf, generic words ("police",
 * "killed") form blocks whose pairs are mostly unrelated stories.
 */
public final class BlockingKeys {

  /** A term held by a single document cannot pair it with anything. */
  public static final long MIN_DF = 2;

  private BlockingKeys() {}

  /**
   * The up-to-{@code k} heaviest terms of {@code v} (heaviest first, ties by term) whose document
   * frequency is in [{@value #MIN_DF}, {@code maxDf}].
   *
   * @param df the corpus document frequency of a term
   * @param k ≥ 0
   * @param maxDf the largest document frequency (that is, block size) a key may have
   */
  public static List<String> select(TermVector v, ToLongFunction<String> df, int k, long maxDf) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be ≥ 0, e.g. 8, got " + k);
    }
    List<String> keys = new ArrayList<>(k);
    for (String term : v.topTerms(v.size())) {
      if (keys.size() == k) {
        break;
      }
      long f = df.applyAsLong(term);
      if (f >= MIN_DF && f <= maxDf) {
        keys.add(term);
      }
    }
    return keys;
  }
}
