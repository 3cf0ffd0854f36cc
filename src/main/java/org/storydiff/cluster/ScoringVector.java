package org.storydiff.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An article's term vector as candidate pairs are scored with it: only the terms another article of
 * the corpus holds too, each as its position among the corpus' shared terms ({@link
 * DocumentFrequencies#indexOf}), stored as the gap from the previous one. A term no other article
 * holds adds nothing to any cosine, and the shuffle that brings each article to its blocks copies
 * the vector once per blocking key: at a million articles full vectors made that shuffle tens of
 * gigabytes. The cosine of two articles' scoring vectors is that of their full vectors exactly: the
 * same products, summed in the same order, over the weights and norms the full vectors fixed (an
 * article with itself is no pair: its own terms all match).
 */
public final class ScoringVector implements Serializable, ArticleVector<ScoringVector> {

  private static final long serialVersionUID = 1L;

  /**
   * Each shared term's index gap from the previous, shifted left once; low bit: a name or number.
   */
  private final int[] gaps;

  private final float[] weights;

  /** The full vector's squared norm over its names, numbers and dates, shared or not. */
  private final double specificNorm2;

  /**
   * The shared terms' positions, decoded from {@link #gaps} at first use: a block scores each of
   * its members against all the others. Never serialized; two threads decoding at once make equal
   * arrays.
   */
  private transient int[] positions;

  private ScoringVector(int[] gaps, float[] weights, double specificNorm2) {
    this.gaps = gaps;
    this.weights = weights;
    this.specificNorm2 = specificNorm2;
  }

  /** {@code vector}'s shared terms, as {@code df} (the corpus' frequencies) numbers them. */
  public static ScoringVector of(TermVector vector, DocumentFrequencies df) {
    long[] terms = vector.terms();
    float[] fullWeights = vector.weights();
    int[] gaps = new int[terms.length];
    float[] weights = new float[terms.length];
    int kept = 0;
    int previous = 0;
    for (int i = 0; i < terms.length; i++) {
      int index = df.indexOf(terms[i]);
      if (index >= 0) {
        // Terms are in id order, and indexes follow ids, so gaps are never negative.
        gaps[kept] = (index - previous) << 1 | (TermHash.isSpecific(terms[i]) ? 1 : 0);
        weights[kept++] = fullWeights[i];
        previous = index;
      }
    }
    return new ScoringVector(
        Arrays.copyOf(gaps, kept), Arrays.copyOf(weights, kept), vector.specificNorm2());
  }

  /** {@link TermVector#cosine} of the two full vectors. */
  @Override
  public double cosine(ScoringVector other) {
    return Math.min(1.0, dot(other, false));
  }

  /** {@link TermVector#acrossLanguagesCosine} of the two full vectors. */
  @Override
  public double acrossLanguagesCosine(ScoringVector other) {
    double dot = dot(other, true);
    return dot == 0 ? 0 : Math.min(1.0, dot / Math.sqrt(specificNorm2 * other.specificNorm2));
  }

  private double dot(ScoringVector other, boolean specificOnly) {
    int[] a = positions();
    int[] b = other.positions();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        if (!specificOnly || (gaps[i] & 1) != 0) {
          dot += (double) weights[i] * other.weights[j];
        }
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private int[] positions() {
    int[] decoded = positions;
    if (decoded == null) {
      decoded = new int[gaps.length];
      int position = 0;
      for (int k = 0; k < gaps.length; k++) {
        position += gaps[k] >>> 1;
        decoded[k] = position;
      }
      positions = decoded;
    }
    return decoded;
  }

  /** Number of shared terms kept. */
  public int size() {
    return gaps.length;
  }
}
