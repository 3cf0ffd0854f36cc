package org.storydiff.eval;

import java.util.Locale;

/**
 * Counts of a yes/no decision against yes/no gold, and the usual figures over them. Immutable.
 *
 * @param tp decided yes, gold yes
 * @param fp decided yes, gold no
 * @param fn decided no, gold yes
 * @param tn decided no, gold no
 */
public record BinaryCounts(long tp, long fp, long fn, long tn) {

  public static final BinaryCounts EMPTY = new BinaryCounts(0, 0, 0, 0);

  public BinaryCounts add(boolean decided, boolean gold) {
    return new BinaryCounts(
        tp + (decided && gold ? 1 : 0),
        fp + (decided && !gold ? 1 : 0),
        fn + (!decided && gold ? 1 : 0),
        tn + (!decided && !gold ? 1 : 0));
  }

  public long total() {
    return tp + fp + fn + tn;
  }

  public double accuracy() {
    return Prf.ratio(tp + tn, total());
  }

  public double precision() {
    return Prf.precision(tp, fp);
  }

  public double recall() {
    return Prf.recall(tp, fn);
  }

  public double f1() {
    return Prf.f1(precision(), recall());
  }

  /** One line: accuracy, precision, recall, F1 and the counts. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "acc %.3f  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)",
        accuracy(),
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn,
        tn);
  }
}
