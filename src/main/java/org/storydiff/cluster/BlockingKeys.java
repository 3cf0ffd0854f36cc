package org.storydiff.cluster;

import java.util.Arrays;

/**
 * Chooses the blocking keys of an article: only articles sharing a key are ever compared, which
 * keeps pair generation near-linear instead of all-pairs. Stateless and thread-safe.
 *
 * <p>Recommended defaults (see {@link ClusterSettings#defaults()}): {@code k = 8} keys per
 * article and {@code maxDf} = 5% of the corpus, but within [100, 2,000] (see {@link
 * ClusterSettings#maxDf}). With fewer keys, versions that lead with different words miss each
 * other; with a larger maxDf, generic words ("police", "killed") form blocks whose pairs are
 * mostly unrelated stories.
 */
public final class BlockingKeys {

  private BlockingKeys() {}

  /**
   * The up-to-{@code k} heaviest terms of {@code v} (heaviest first, ties by id) held by between
   * {@value DocumentFrequencies#MIN_DF} and {@code maxDf} articles.
   *
   * @param k ≥ 0
   * @param maxDf the largest document frequency (that is, block size) a key may have
   */
  public static long[] select(TermVector v, DocumentFrequencies df, int k, long maxDf) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be ≥ 0, e.g. 8, got " + k);
    }
    long[] keys = new long[k];
    int n = 0;
    for (long term : v.topTerms(v.size())) {
      if (n == k) {
        break;
      }
      int f = df.df(term);
      if (f >= DocumentFrequencies.MIN_DF && f <= maxDf) {
        keys[n++] = term;
      }
    }
    return Arrays.copyOf(keys, n);
  }
}
