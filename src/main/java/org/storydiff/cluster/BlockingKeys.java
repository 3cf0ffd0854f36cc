package org.storydiff.cluster;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Chooses the blocking keys of an article: only articles sharing a key are ever compared, which
 * keeps pair generation near-linear instead of all-pairs. Stateless and thread-safe.
 *
 * <p>Recommended defaults (see {@link ClusterSettings#defaults()}): {@code k = 8} keys per article
 * and {@code maxDf} = 5% of the corpus, but within [100, 500] (see {@link ClusterSettings#maxDf}),
 * so an article is compared with at most 8 × 500 others whatever the corpus size. With fewer keys,
 * versions that lead with different words miss each other; with a larger maxDf, generic words
 * ("police", "killed") form blocks whose pairs are mostly unrelated stories.
 */
public final class BlockingKeys {

  private BlockingKeys() {}

  /**
   * The up-to-{@code k} heaviest words and names of {@code v} (heaviest first, ties by id) held by
   * between {@value DocumentFrequencies#MIN_DF} and {@code maxDf} articles. Numbers and dates are
   * never keys: "45" or "March 2" recur across unrelated stories of the same days, so they make
   * large blocks of mostly unrelated pairs (on the synthetic corpus they doubled the pairs
   * compared; on ECB+ leaving them out changes nothing). They still count in the similarity.
   *
   * @param k ≥ 0
   * @param maxDf the largest document frequency (that is, block size) a key may have
   */
  public static long[] select(TermVector v, DocumentFrequencies df, int k, long maxDf) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be ≥ 0, e.g. 8, got " + k);
    }
    return heaviest(v, df, k, maxDf, term -> !isNumberOrDate(term));
  }

  /**
   * The up-to-{@code k} heaviest names of {@code v} held by between {@value
   * DocumentFrequencies#MIN_DF} and {@code maxDf} articles, as keys that pair only articles in two
   * languages ({@link #isAcrossLanguages}): versions of a story in two languages share its names
   * but few words, so their heaviest words rarely meet in one block. The key is the name's id with
   * the date kind in its two lowest bits, which no ordinary key has (dates are never keys), so a
   * block knows from its key alone which pairs it yields.
   */
  public static long[] acrossLanguages(TermVector v, DocumentFrequencies df, int k, long maxDf) {
    long[] names = heaviest(v, df, k, maxDf, term -> TermHash.kind(term) == TermHash.Kind.ENTITY);
    for (int i = 0; i < names.length; i++) {
      names[i] = (names[i] & ~3L) | TermHash.Kind.DATE.ordinal();
    }
    return names;
  }

  /** The up-to-{@code k} heaviest terms of {@code v} that pass {@code kind} and the df bounds. */
  private static long[] heaviest(
      TermVector v, DocumentFrequencies df, int k, long maxDf, LongPredicate kind) {
    long[] keys = new long[k];
    int n = 0;
    for (long term : v.topTerms(v.size())) {
      if (n == k) {
        break;
      }
      int f = df.df(term);
      if (f >= DocumentFrequencies.MIN_DF && f <= maxDf && kind.test(term)) {
        keys[n++] = term;
      }
    }
    return Arrays.copyOf(keys, n);
  }

  /**
   * Whether {@code key} came from {@link #acrossLanguages}: its block pairs other languages only.
   */
  public static boolean isAcrossLanguages(long key) {
    return TermHash.kind(key) == TermHash.Kind.DATE;
  }

  private static boolean isNumberOrDate(long term) {
    TermHash.Kind kind = TermHash.kind(term);
    return kind == TermHash.Kind.NUMBER || kind == TermHash.Kind.DATE;
  }
}
