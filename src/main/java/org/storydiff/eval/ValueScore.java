package org.storydiff.eval;

import java.util.Locale;

/**
 * True and false positives and false negatives, with precision, recall and F1 (0 when undefined).
 */
public record ValueScore(int tp, int fp, int fn) {

  public double precision() {
    return Prf.precision(tp, fp);
  }

  public double recall() {
    return Prf.recall(tp, fn);
  }

  public double f1() {
    return Prf.f1(precision(), recall());
  }

  /** The line {@code score_figures.py} prints, character for character. */
  public String figureValuesLine() {
    return String.format(
        Locale.ROOT,
        "figure values P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}
