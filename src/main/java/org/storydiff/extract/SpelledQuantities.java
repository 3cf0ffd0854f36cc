package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.NumberWords;

/**
 * Amounts written in words: "thirty-five", "two dozen", "a hundred", "half a million", fractions
 * ("half of", "a third of", "two-thirds"), compounds ("a five-year plan", "a three-year-old"), and
 * vague amounts ("dozens", "tens of thousands"). Stateless and thread-safe.
 */
final class SpelledQuantities {

  private static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
          Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("tenth", 10),
          Map.entry("tenths", 10));
  /** Words after "half" that make it an amount: "half of", "half the", "half a million". */
  private static final Set<String> HALF_NEXT =
      Set.of("of", "the", "its", "their", "his", "her", "our", "a", "an", "this", "that", "these", "those", "all");
  /** Words before "half" that make it an amount even when something else follows: "almost half". */
  private static final Set<String> HALF_PREV =
      Set.of("almost", "nearly", "about", "around", "roughly", "just", "than", "over", "under", "some", "by");
  /** Compounds with "one" are mostly idioms ("one-off", "one-sided"); only these count something. */
  private static final Set<String> ONE_COMPOUNDS =
      Set.of("day", "week", "month", "year", "hour", "minute", "night", "mile", "metre", "point", "game");

  private SpelledQuantities() {}

  /** The amount in words starting at {@code i}, or null. */
  static Quantity scan(TokenView v, int i) {
    if (!v.isWord(i)) {
      return null;
    }
    String n = v.norm(i);
    if ((n.equals("a") || n.equals("an")) && v.isWord(i + 1)) {
      return article(v, i);
    }
    if (n.equals("half")) {
      return half(v, i);
    }
    if (NumberWords.value(n) != null) {
      return numberWords(v, i);
    }
    if (n.indexOf('-') > 0) {
      return compound(v, i);
    }
    if (n.endsWith("fold") && NumberWords.value(n.substring(0, n.length() - 4)) != null) {
      return new Quantity(i, i, NumberWords.value(n.substring(0, n.length() - 4)), null, Kind.COUNT, "fold");
    }
    if (NumberWords.vague(n) != null) {
      return vague(v, i);
    }
    return null;
  }

  /** "a hundred", "a dozen", "a million", "a third of". */
  private static Quantity article(TokenView v, int i) {
    String next = v.norm(i + 1);
    Integer denominator = DENOMINATORS.get(next);
    if (denominator != null && v.norm(i + 2).equals("of")) {
      return new Quantity(i, i + 1, 1.0 / denominator, null, Kind.FRACTION, null);
    }
    if (NumberWords.isScale(next)) {
      List<String> words = new ArrayList<>();
      int last = collect(v, i + 1, words);
      return new Quantity(i, last, NumberWords.combine(words), null, Kind.COUNT, null);
    }
    return null;
  }

  /** "half a million", "half an hour", "half of the members", "almost half". */
  private static Quantity half(TokenView v, int i) {
    String next = v.norm(i + 1);
    if ((next.equals("a") || next.equals("an")) && NumberWords.isScale(v.norm(i + 2))) {
      List<String> words = new ArrayList<>();
      int last = collect(v, i + 2, words);
      return new Quantity(i, last, NumberWords.combine(words) / 2.0, null, Kind.COUNT, null);
    }
    String prev = v.norm(i - 1);
    if (NumberWords.ordinal(prev) != null || prev.equals("the") || prev.equals("a") || prev.equals("and")) {
      return null; // "the second half", "one and a half" (not handled)
    }
    if (HALF_NEXT.contains(next) || HALF_PREV.contains(prev)) {
      int last = next.equals("a") || next.equals("an") ? i + 1 : i;
      return new Quantity(i, last, 0.5, null, Kind.FRACTION, null);
    }
    return null;
  }

  /** "thirty-five", "two hundred and twenty", "two dozen", "two-thirds of", "three quarters of". */
  private static Quantity numberWords(TokenView v, int i) {
    String next = v.norm(i + 1);
    Integer rank = NumberWords.ordinal(next);
    if (rank != null && rank >= 100) {
      // "its one millionth visitor" is a rank, not one of something
      return new Quantity(i, i + 1, NumberWords.value(v.norm(i)) * (double) rank, null, Kind.ORDINAL, "ordinal");
    }
    Integer denominator = DENOMINATORS.get(next);
    if (denominator != null && v.norm(i + 2).equals("of")) {
      return new Quantity(i, i + 1, NumberWords.value(v.norm(i)) / (double) denominator, null, Kind.FRACTION, null);
    }
    List<String> words = new ArrayList<>();
    int last = collect(v, i, words);
    return new Quantity(i, last, NumberWords.combine(words), null, Kind.COUNT, null);
  }

  /**
   * A number word joined to another word: "two-thirds" is a fraction, "three-year-old" an age,
   * "five-year" a count whose unit is the joined word ("year"). Compounds of "one" are idioms
   * unless the word is a unit of time or measure ("one-day").
   */
  private static Quantity compound(TokenView v, int i) {
    String[] parts = v.norm(i).split("-");
    int numberParts = parts.length > 2 && NumberWords.value(parts[0] + "-" + parts[1]) != null ? 2 : 1;
    Integer number = NumberWords.value(numberParts == 2 ? parts[0] + "-" + parts[1] : parts[0]);
    if (number == null || parts.length == numberParts) {
      return null;
    }
    String rest = String.join("-", java.util.Arrays.copyOfRange(parts, numberParts, parts.length));
    Integer denominator = DENOMINATORS.get(rest);
    if (denominator != null) {
      return new Quantity(i, i, number / (double) denominator, null, Kind.FRACTION, null);
    }
    if (NumberWords.isScale(rest)) {
      return new Quantity(i, i, number * (double) NumberWords.scale(rest), null, Kind.COUNT, null); // "two-dozen"
    }
    if (rest.equals("year-old") || rest.equals("years-old")) {
      return new Quantity(i, i, number, null, Kind.AGE, "age");
    }
    if (number == 1 && !ONE_COMPOUNDS.contains(rest)) {
      return null;
    }
    if (!rest.chars().allMatch(Character::isLetter)) {
      return null;
    }
    return new Quantity(i, i, number, null, Kind.COUNT, UnitFinder.canonical(rest));
  }

  /** "dozens", "hundreds of thousands": the value is the multiplier, the qualifier "vague". */
  private static Quantity vague(TokenView v, int i) {
    int value = NumberWords.vague(v.norm(i));
    Integer inner = NumberWords.vague(v.norm(i + 2));
    if (v.norm(i + 1).equals("of") && inner != null && inner > value) {
      return new Quantity(i, i + 2, (double) value * inner, null, Kind.VAGUE, null);
    }
    if (v.norm(i).equals("tens") || (v.norm(i).equals("scores") && !v.norm(i + 1).equals("of"))) {
      return null;
    }
    return new Quantity(i, i, value, null, Kind.VAGUE, null);
  }

  /** Collects number words from {@code k} ("and" between them skipped); returns the last index. */
  private static int collect(TokenView v, int k, List<String> words) {
    int last = k;
    while (v.isWord(k) && NumberWords.isNumberWord(v.norm(k))) {
      words.add(v.norm(k));
      last = k;
      k += v.norm(k + 1).equals("and") && NumberWords.isNumberWord(v.norm(k + 2)) ? 2 : 1;
    }
    return last;
  }
}
