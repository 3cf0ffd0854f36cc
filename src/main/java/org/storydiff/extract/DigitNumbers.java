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
  /** Scale suffixes written against the number ("$2bn", "25k", "2.7m sales"). */
  private static final Map<String, Long> SHORT_SCALES =
      Map.of("bn", 1_000_000_000L, "mn", 1_000_000L, "k", 1_000L, "tn", 1_000_000_000_000L,
          "b", 1_000_000_000L, "m", 1_000_000L);
  /** Words after "100m" that make the "m" metres, not million: "a 100m sprint", "5m high". */
  private static final java.util.Set<String> METRE_CONTEXT =
      java.util.Set.of("high", "long", "deep", "wide", "tall", "away", "above", "below", "sprint", "race",
          "final", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "hurdles", "relay",
          "dash", "run", "swim", "from", "off", "underground", "underwater", "in", "of", "-", "/", "x");
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
      boolean metres = next.equals("m") && !money && (METRE_CONTEXT.contains(v.norm(i + 2)) || !v.isWord(i + 2));
      if (scale != null && !metres && !(next.equals("b") && !money)) {
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
    boolean joined = v.norm(dash).equals("-") || (v.norm(dash).equals("to") && low.first() == low.last());
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
