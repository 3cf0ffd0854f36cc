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

  private static final Set<String> ZEROS = Set.of("zero", "nought", "naught");

  /** Digit words after "point": "five point five", "nine point nought four". */
  private static final Map<String, String> DIGIT_WORDS =
      Map.ofEntries(
          Map.entry("zero", "0"),
          Map.entry("nought", "0"),
          Map.entry("naught", "0"),
          Map.entry("oh", "0"),
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"));

  /** Words after "half" that make it an amount: "half of", "half the", "half a million". */
  private static final Set<String> HALF_NEXT =
      Set.of(
          "of", "the", "its", "their", "his", "her", "our", "a", "an", "this", "that", "these",
          "those", "all");

  /** Words before "half" that make it an amount even when something else follows: "almost half". */
  private static final Set<String> HALF_PREV =
      Set.of(
          "almost", "nearly", "about", "around", "roughly", "just", "than", "over", "under", "some",
          "by");

  /**
   * Compounds with "one" are mostly idioms ("one-off", "one-sided"); only these count something.
   */
  private static final Set<String> ONE_COMPOUNDS =
      Set.of(
          "day", "week", "month", "year", "hour", "minute", "night", "mile", "metre", "point",
          "game");

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
    if (n.equals("quarter")
        && NumberWords.isScale(v.norm(i + 1))
        && !v.norm(i + 1).equals("dozen")) {
      return Fractions.scaled(
          v, new Quantity(i, i, 0.25, null, Kind.FRACTION, null)); // "quarter million"
    }
    if (NumberWords.value(n) != null || (ZEROS.contains(n) && v.norm(i + 1).equals("point"))) {
      return numberWords(v, i);
    }
    if (n.indexOf('-') > 0) {
      return compound(v, i);
    }
    if (n.endsWith("fold") && NumberWords.value(n.substring(0, n.length() - 4)) != null) {
      return new Quantity(
          i, i, NumberWords.value(n.substring(0, n.length() - 4)), null, Kind.COUNT, "fold");
    }
    if (NumberWords.vague(n) != null) {
      return vague(v, i);
    }
    return null;
  }

  /** "a hundred", "a dozen", "a million", "a third of". */
  private static Quantity article(TokenView v, int i) {
    String next = v.norm(i + 1);
    Quantity ordinal = Fractions.ordinalFraction(v, i);
    if (ordinal != null) {
      return Fractions.scaled(v, ordinal); // "a twenty-first", "a hundred trillionths"
    }
    Quantity fraction = Fractions.wordFraction(v, i);
    if (fraction != null && !(next.equals("half") && v.norm(i - 1).equals("and"))) {
      // "a third of", "a quarter million", "a fifth"; "an hour and a half" is left alone
      return Fractions.scaled(v, fraction);
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
    if (NumberWords.isScale(next) && !next.equals("dozen")) {
      return Fractions.scaled(
          v, new Quantity(i, i, 0.5, null, Kind.FRACTION, null)); // "half million"
    }
    if ((next.equals("a") || next.equals("an")) && NumberWords.isScale(v.norm(i + 2))) {
      List<String> words = new ArrayList<>();
      int last = collect(v, i + 2, words);
      return new Quantity(i, last, NumberWords.combine(words) / 2.0, null, Kind.COUNT, null);
    }
    String prev = v.norm(i - 1);
    if (NumberWords.ordinal(prev) != null
        || prev.equals("the")
        || prev.equals("a")
        || prev.equals("and")) {
      return null; // "the second half", "one and a half" (not handled)
    }
    if (HALF_NEXT.contains(next) || HALF_PREV.contains(prev)) {
      int last = next.equals("a") || next.equals("an") ? i + 1 : i;
      return new Quantity(i, last, 0.5, null, Kind.FRACTION, null);
    }
    return null;
  }

  /**
   * "thirty-five", "two hundred and twenty", "two dozen", "two-thirds of", "three quarters", "one
   * and a half", "five and a half million", "two hundred point zero three".
   */
  private static Quantity numberWords(TokenView v, int i) {
    String next = v.norm(i + 1);
    Integer rank = NumberWords.ordinal(next);
    if (rank != null && rank >= 100 && Fractions.denominator(next) == null) {
      // "its one millionth visitor" is a rank, not one of something
      return new Quantity(
          i, i + 1, NumberWords.value(v.norm(i)) * (double) rank, null, Kind.ORDINAL, "ordinal");
    }
    Quantity fraction = Fractions.ordinalFraction(v, i);
    if (fraction == null) {
      fraction = Fractions.wordFraction(v, i);
    }
    if (fraction != null) {
      return Fractions.scaled(v, fraction);
    }
    List<String> words = new ArrayList<>();
    int last = collect(v, i, words);
    double value = NumberWords.combine(words);
    Integer over = Fractions.denominator(v.norm(last + 1));
    if (over != null && last > i && v.norm(last + 1).endsWith("s") && v.isWord(last + 1)) {
      // "twenty one fifths", "one hundred and thirty-two fifths": a plural denominator divides
      return new Quantity(i, last + 1, value / over, null, Kind.FRACTION, null);
    }
    if (v.norm(last + 1).equals("point")) {
      StringBuilder decimals = new StringBuilder();
      int k = last + 2;
      for (; v.isWord(k) && decimalDigits(v.norm(k)) != null; k++) {
        decimals.append(decimalDigits(v.norm(k)));
      }
      if (decimals.length() > 0) {
        return new Quantity(
            i, k - 1, value + Double.parseDouble("0." + decimals), null, Kind.COUNT, null);
      }
    }
    if (v.norm(last + 1).equals("and")) {
      Quantity part = Fractions.wordFraction(v, last + 2, true);
      if (part != null) {
        return plusFraction(v, i, words, value, part);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    return DigitNumbers.scales(v, i, last, value, false); // "three lakh crore", "five dozs"
  }

  /**
   * "one and a half" (1.5), "five and a half million" (5.5 million), "one million and a half" (1.5
   * million), "one billion and a half million" (1.0005 billion), "a hundred and three quarters".
   */
  private static Quantity plusFraction(
      TokenView v, int i, List<String> words, double value, Quantity part) {
    String lastWord = words.get(words.size() - 1);
    boolean scaled = NumberWords.isScale(lastWord) && NumberWords.scale(lastWord) >= 1000;
    int after = part.last() + 1;
    if (scaled && v.isWord(after) && NumberWords.isScale(v.norm(after))) {
      double sum = value + part.value() * NumberWords.scale(v.norm(after));
      return new Quantity(i, after, sum, null, Kind.COUNT, null);
    }
    if (scaled) {
      return new Quantity(
          i,
          part.last(),
          value + part.value() * NumberWords.scale(lastWord),
          null,
          Kind.COUNT,
          null);
    }
    return Fractions.scaled(
        v, new Quantity(i, part.last(), value + part.value(), null, Kind.COUNT, null));
  }

  /** The digits a word stands for after "point" ("five" 5, "seventy-one" 71), or null. */
  private static String decimalDigits(String word) {
    String digit = DIGIT_WORDS.get(word);
    if (digit != null) {
      return digit;
    }
    Integer value = NumberWords.value(word);
    return value != null && value >= 10 ? value.toString() : null;
  }

  /**
   * A number word joined to another word: "two-thirds" is a fraction, "three-year-old" an age,
   * "five-year" a count whose unit is the joined word ("year"). Compounds of "one" are idioms
   * unless the word is a unit of time or measure ("one-day").
   */
  private static Quantity compound(TokenView v, int i) {
    String[] parts = v.norm(i).split("-");
    int numberParts =
        parts.length > 2 && NumberWords.value(parts[0] + "-" + parts[1]) != null ? 2 : 1;
    Integer number = NumberWords.value(numberParts == 2 ? parts[0] + "-" + parts[1] : parts[0]);
    if (number == null || parts.length == numberParts) {
      return null;
    }
    String rest = String.join("-", java.util.Arrays.copyOfRange(parts, numberParts, parts.length));
    Integer denominator = Fractions.denominator(rest);
    if (denominator != null && number > 1 && !rest.endsWith("s")) {
      return null; // "twenty-fifth" is an ordinal, not twenty fifths
    }
    if (denominator != null) {
      return new Quantity(i, i, number / (double) denominator, null, Kind.FRACTION, null);
    }
    if (NumberWords.isScale(rest)) {
      return new Quantity(
          i, i, number * (double) NumberWords.scale(rest), null, Kind.COUNT, null); // "two-dozen"
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

  /**
   * Collects number words from {@code k}; returns the last index. "and" joins a scale to a smaller
   * number ("one hundred and three", not "ten and fifteen"); "fifty - two" is one number; "dozens"
   * after a number is a dozen ("three dozens").
   */
  private static int collect(TokenView v, int k, List<String> words) {
    int last = k;
    while (v.isWord(k)
        && (NumberWords.isNumberWord(v.norm(k))
            || (!words.isEmpty() && v.norm(k).equals("dozens")))) {
      String w = v.norm(k).equals("dozens") ? "dozen" : v.norm(k);
      Integer tens = NumberWords.value(w);
      if (tens != null
          && tens >= 20
          && tens % 10 == 0
          && v.norm(k + 1).equals("-")
          && v.isWord(k + 2)
          && NumberWords.value(v.norm(k + 2)) != null
          && NumberWords.value(v.norm(k + 2)) < 10) {
        w = w + "-" + v.norm(k + 2); // "fifty - two"
        k += 2;
      }
      words.add(w);
      last = k;
      boolean scaled = NumberWords.isScale(w) && !w.equals("dozen");
      Integer after = NumberWords.value(v.norm(k + 2));
      boolean joins =
          v.norm(k + 1).equals("and")
              && scaled
              && after != null
              && after < NumberWords.scale(w)
              && Fractions.wordFraction(v, k + 2) == null;
      k += joins ? 2 : 1;
    }
    return last;
  }
}
