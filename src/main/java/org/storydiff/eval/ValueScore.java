package org.storydiff.eval;

import java.util.Locale;

/** True and false positives and false negatives, with precision, recall and F1 (0 when undefined). */
public record ValueScore(int tp, int fp, int fn) {

  public double precision() {
    return tp + fp == 0 ? 0.0 : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The line {@code score_figures.py} prints, character for character. */
  public String figureValuesLine() {
    return String.format(Locale.ROOT, "figure values P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
