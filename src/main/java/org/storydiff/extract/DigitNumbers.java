package org.storydiff.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.NumberWords;

/**
 * Numbers written in digits, with their scale and range: "1.5 million", "$300m", "25k", "30-40",
 * "10 to 15", "$2-3 million", "450 crore". Stateless and thread-safe.
 */
final class DigitNumbers {

  /** A number token as the tokenizer normalizes it: grouping commas already removed. */
  static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  /**
   * Scale suffixes written against the number ("$2bn", "25k"). "m" is million only for money: in
   * "a 100m sprint" it is metres.
   */
  private static final Map<String, Long> SHORT_SCALES =
      Map.of("bn", 1_000_000_000L, "mn", 1_000_000L, "k", 1_000L, "tn", 1_000_000_000_000L,
          "b", 1_000_000_000L);
  /** South Asian scale words, common in Indian and Pakistani copy. */
  private static final Map<String, Long> LOCAL_SCALES =
      Map.of("crore", 10_000_000L, "crores", 10_000_000L, "lakh", 100_000L, "lakhs", 100_000L);

  private DigitNumbers() {}

  static boolean isDecimal(TokenView v, int i) {
    return v.isNumber(i) && DECIMAL.matcher(v.norm(i)).matches();
  }

  /** Digits at {@code i} with an optional scale word: "1.5 million", "300m" (money only), "25k". */
  static Quantity plain(TokenView v, int i, boolean money) {
    double value = parse(v.norm(i));
    String next = v.norm(i + 1);
    if (v.isWord(i + 1) && NumberWords.isScale(next) && !next.equals("hundred")) {
      return new Quantity(i, i + 1, value * NumberWords.scale(next), null, Kind.COUNT, null);
    }
    if (v.isWord(i + 1) && LOCAL_SCALES.containsKey(next)) {
      return new Quantity(i, i + 1, value * LOCAL_SCALES.get(next), null, Kind.COUNT, null);
    }
    if (v.touching(i) && v.isWord(i + 1)) {
      Long scale = SHORT_SCALES.get(next);
      if (scale == null && money && next.equals("m")) {
        scale = 1_000_000L;
      }
      if (scale != null && !(next.equals("b") && !money)) {
        return new Quantity(i, i + 1, value * scale, null, Kind.COUNT, null);
      }
    }
    return new Quantity(i, i, value, null, Kind.COUNT, null);
  }

  /**
   * "30-40", "30 to 40" and "$30-$40": the upper bound, with the lower bound taking its scale
   * when bare ("$2-3 million"). A high end not above the low end is no range ("3-1" is a score).
   */
  static Quantity range(TokenView v, Quantity low, boolean money) {
    int dash = low.last() + 1;
    // "rose from 12 to 19" is a change between two figures, not a range.
    boolean fromTo = v.norm(low.first() - 1).equals("from") || v.norm(low.first() - 2).equals("from");
    boolean joined = v.norm(dash).equals("-") || (v.norm(dash).equals("to") && low.first() == low.last() && !fromTo);
    int highStart = dash + 1;
    if (joined && money && MoneyScanner.isSign(v.norm(highStart))) {
      highStart++;
    }
    if (!joined || !isDecimal(v, highStart)) {
      return low;
    }
    Quantity high = plain(v, highStart, money);
    double lowValue = low.value();
    if (low.first() == low.last() && high.last() > high.first()) {
      lowValue *= high.value() / parse(v.norm(highStart));
    }
    if (high.value() <= lowValue) {
      return low;
    }
    return new Quantity(low.first(), high.last(), lowValue, high.value(), Kind.COUNT, null);
  }

  static double parse(String norm) {
    return Double.parseDouble(norm.replace(",", ""));
  }
}
