package org.storydiff.eval;

import java.util.Locale;

/**
 * Counts of a quote evaluation: matched quotes ({@code tp}), predicted quotes matching no gold
 * quote ({@code fp}), gold quotes matched by none ({@code fn}), and matched quotes whose speaker is
 * right ({@code speakerRight}). Immutable.
 */
public record QuoteScore(int tp, int fp, int fn, int speakerRight) {

  public static final QuoteScore ZERO = new QuoteScore(0, 0, 0, 0);

  public QuoteScore plus(QuoteScore o) {
    return new QuoteScore(tp + o.tp, fp + o.fp, fn + o.fn, speakerRight + o.speakerRight);
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

  /** Share of matched quotes with the right speaker. */
  public double speakerAccuracy() {
    return Prf.ratio(speakerRight, tp);
  }

  /** The line {@code score_quotes.py} prints, figure for figure. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "direct quotes P=%.3f R=%.3f F1=%.3f speaker-acc=%.3f (tp=%d fp=%d fn=%d)",
        precision(),
        recall(),
        f1(),
        speakerAccuracy(),
        tp,
        fp,
        fn);
  }
}
