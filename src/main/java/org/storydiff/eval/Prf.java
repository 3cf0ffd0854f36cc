package org.storydiff.eval;

/** Precision, recall and F1 from counts, 0 where undefined: the one place these formulas live. */
public final class Prf {

  private Prf() {}

  public static double precision(long tp, long fp) {
    return ratio(tp, tp + fp);
  }

  public static double recall(long tp, long fn) {
    return ratio(tp, tp + fn);
  }

  /** The harmonic mean of precision and recall. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  public static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
