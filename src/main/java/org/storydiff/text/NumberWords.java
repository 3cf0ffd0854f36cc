package org.storydiff.text;

import java.util.Map;

/**
 * Parses English number words: "thirty-five" gives 35, "two million" 2000000, "one hundred and
 * twenty" 120, "two dozen" 24; ordinals "third" give 3. Stateless and thread-safe.
 */
public final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Long> SCALES =
      Map.of(
          "hundred",
          100L,
          "thousand",
          1_000L,
          "million",
          1_000_000L,
          "billion",
          1_000_000_000L,
          "trillion",
          1_000_000_000_000L,
          "dozen",
          12L);

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("twentieth", 20),
          Map.entry("hundredth", 100),
          Map.entry("thousandth", 1_000),
          Map.entry("millionth", 1_000_000));

  /** Vague plurals: the value is the multiplier. */
  private static final Map<String, Integer> VAGUE =
      Map.of(
          "dozens",
          12,
          "scores",
          20,
          "hundreds",
          100,
          "thousands",
          1_000,
          "millions",
          1_000_000,
          "billions",
          1_000_000_000,
          "tens",
          10);

  private NumberWords() {}

  /**
   * The digit form of a single number word for comparing sentences ("four" gives "4", "hundred"
   * "100", "thirty-five" "35"), or null. "one" is left out: it is far more often a pronoun ("one of
   * the", "no one") than a count, and treating it as 1 would make unrelated sentences disagree.
   */
  public static String comparisonDigits(String lower) {
    if (lower.equals("one")) {
      return null;
    }
    if (lower.equals("hundred")) {
      return "100";
    }
    Integer value = value(lower);
    return value == null ? null : value.toString();
  }

  /** True for a word that can start or continue a spelled-out number ("thirty-five", "million"). */
  public static boolean isNumberWord(String lower) {
    return value(lower) != null || SCALES.containsKey(lower);
  }

  public static boolean isScale(String lower) {
    return SCALES.containsKey(lower);
  }

  public static long scale(String lower) {
    return SCALES.get(lower);
  }

  /** The value of one word such as "seven" or "thirty-five", or null. */
  public static Integer value(String lower) {
    Integer simple = UNITS.get(lower);
    if (simple != null) {
      return simple;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(lower.substring(0, dash));
      Integer ones = UNITS.get(lower.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  public static Integer ordinal(String lower) {
    return ORDINALS.get(lower);
  }

  public static Integer vague(String lower) {
    return VAGUE.get(lower);
  }

  /**
   * Combines a run of number words (already checked with {@link #isNumberWord}); "and" between
   * words is skipped by the caller. "two hundred thousand" gives 200000.
   */
  public static long combine(Iterable<String> words) {
    long total = 0;
    long current = 0;
    for (String w : words) {
      Integer v = value(w);
      if (v != null) {
        current += v;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else {
        total += Math.max(current, 1) * SCALES.get(w);
        current = 0;
      }
    }
    return total + current;
  }
}
