package org.storydiff.eval;

import java.util.TreeSet;

/**
 * Chooses the threshold of a "score >= t" decision that maximizes accuracy on labelled pairs, so a
 * threshold is calibrated on one split and then measured, unchanged, on another.
 */
public final class ThresholdSweep {

  /** The chosen threshold and the counts it gives on the calibration data. */
  public record Choice(double threshold, BinaryCounts counts) {}

  private ThresholdSweep() {}

  /**
   * @param scores one score per pair
   * @param eligible whether the pair may be decided yes at all (a precondition the threshold does
   *     not override); all true for a plain threshold
   * @param gold the gold yes/no per pair
   */
  public static Choice best(double[] scores, boolean[] eligible, boolean[] gold) {
    TreeSet<Double> candidates = new TreeSet<>();
    for (double s : scores) {
      candidates.add(round(s));
    }
    candidates.add(Double.POSITIVE_INFINITY);
    Choice best = null;
    for (double t : candidates) {
      BinaryCounts counts = apply(t, scores, eligible, gold);
      if (best == null || counts.accuracy() > best.counts().accuracy()) {
        best = new Choice(t, counts);
      }
    }
    return best;
  }

  public static BinaryCounts apply(
      double threshold, double[] scores, boolean[] eligible, boolean[] gold) {
    BinaryCounts counts = BinaryCounts.EMPTY;
    for (int i = 0; i < scores.length; i++) {
      counts = counts.add(eligible[i] && round(scores[i]) >= threshold, gold[i]);
    }
    return counts;
  }

  /** Two decimals: finer thresholds only fit noise. */
  private static double round(double s) {
    return Math.round(s * 100) / 100.0;
  }
}
