package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.NumberWords;

/**
 * Fractions in the figure grammar: digits ("3/4", "1⁄32", "2 1/2"), vulgar fraction characters
 * ("½", "2½"), words ("a half", "one fourth", "three-quarters", "five eighths", "three
 * twenty-firsts", "a hundred trillionths") and ratios ("one over three", "seven in 10 voters", "one
 * in a million"). A ratio is one figure, its quotient (issue 15: "one in four" is a share, not a
 * count of one and a count of four); "9 in 12 games" is a count over a period, so two figures.
 * "Three out of four lines were cut" stays two counts: agencies write "out of" for a part of a
 * known whole, and other versions give the part alone ("three cables were cut"; on
 * factpairs-ecbplus reading it as 0.75 lost such a same-fact pair). A word fraction with numerator
 * one must end its phrase ("a third of", "one fourth.") so that "a third term" stays an ordinal;
 * one with a larger numerator must be plural ("three fifths"), so that "twenty-fifth" stays an
 * ordinal. Stateless and thread-safe.
 */
final class Fractions {

  private static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("fourth", 4),
          Map.entry("fourths", 4),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("seventh", 7),
          Map.entry("sevenths", 7),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("ninth", 9),
          Map.entry("ninths", 9),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10),
          Map.entry("twelfth", 12),
          Map.entry("twelfths", 12),
          Map.entry("sixteenth", 16),
          Map.entry("sixteenths", 16),
          Map.entry("twentieth", 20),
          Map.entry("twentieths", 20),
          Map.entry("thirtieth", 30),
          Map.entry("thirtieths", 30),
          Map.entry("hundredth", 100),
          Map.entry("hundredths", 100),
          Map.entry("thousandth", 1000),
          Map.entry("thousandths", 1000));
  private static final Map<String, Double> VULGAR =
      Map.ofEntries(
          Map.entry("½", 0.5),
          Map.entry("⅓", 1 / 3.0),
          Map.entry("⅔", 2 / 3.0),
          Map.entry("¼", 0.25),
          Map.entry("¾", 0.75),
          Map.entry("⅕", 0.2),
          Map.entry("⅖", 0.4),
          Map.entry("⅗", 0.6),
          Map.entry("⅘", 0.8),
          Map.entry("⅙", 1 / 6.0),
          Map.entry("⅚", 5 / 6.0),
          Map.entry("⅛", 0.125),
          Map.entry("⅜", 0.375),
          Map.entry("⅝", 0.625),
          Map.entry("⅞", 0.875),
          Map.entry("⅐", 1 / 7.0),
          Map.entry("⅑", 1 / 9.0),
          Map.entry("⅒", 0.1));

  /** Denominators written in digits that make "n/d" a fraction without other evidence. */
  private static final Set<Integer> COMMON = Set.of(2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100);

  /**
   * Words after a digit fraction that make it one whatever its denominator: "1/40 of", "1/3 cup".
   */
  private static final Set<String> FRACTION_NEXT =
      Set.of("of", "inch", "inches", "in", "cup", "cups", "mile", "miles");

  /**
   * Words after "N in M" that make it a count over a period or series, not a ratio: "9 in 12
   * games", "147 in three seasons", "two in five minutes".
   */
  private static final Set<String> PERIODS =
      Set.of(
          "seconds",
          "minutes",
          "hours",
          "days",
          "nights",
          "weeks",
          "months",
          "years",
          "decades",
          "seasons",
          "season",
          "games",
          "matches",
          "races",
          "starts",
          "innings",
          "attempts",
          "tries",
          "outings",
          "appearances",
          "rounds",
          "laps",
          "sets",
          "overs",
          "-",
          "plus");

  /** Words before "one" that make it a pronoun: "no one in 10 Downing Street". */
  private static final Set<String> PRONOUN_ONE =
      Set.of("no", "any", "every", "the", "this", "that");

  /** Ordinals whose spelling is not the cardinal plus "th". */
  private static final Map<String, String> IRREGULAR_ORDINALS =
      Map.of(
          "first", "one",
          "second", "two",
          "third", "three",
          "fifth", "five",
          "eighth", "eight",
          "ninth", "nine",
          "twelfth", "twelve");

  private Fractions() {}

  /** The denominator a word names ("quarters" 4), or null. */
  static Integer denominator(String word) {
    return DENOMINATORS.get(word);
  }

  static boolean isVulgar(TokenView v, int i) {
    return VULGAR.containsKey(v.norm(i));
  }

  /** A vulgar fraction character at {@code i} ("½"), or null. */
  static Quantity vulgar(TokenView v, int i) {
    Double value = VULGAR.get(v.norm(i));
    return value == null ? null : new Quantity(i, i, value, null, Kind.FRACTION, null);
  }

  /**
   * "3/4" or "1⁄32" at {@code i} (slash or fraction slash, touching), when the numerator is below
   * the denominator and the denominator is a common one or a word says it is a fraction; else null.
   */
  static Quantity digits(TokenView v, int i) {
    String slash = v.norm(i + 1);
    if (!(slash.equals("/") || slash.equals("⁄"))
        || !v.touching(i)
        || !v.touching(i + 1)
        || !v.norm(i).matches("\\d{1,3}")
        || !v.isNumber(i + 2)
        || !v.norm(i + 2).matches("\\d{1,3}")
        || v.norm(i + 3).equals("/")
        || v.norm(i - 1).equals("/")) {
      return null;
    }
    int n = Integer.parseInt(v.norm(i));
    int d = Integer.parseInt(v.norm(i + 2));
    boolean said =
        slash.equals("⁄")
            || FRACTION_NEXT.contains(v.norm(i + 3))
            || v.isNumber(i - 1)
            || QualifierFinder.WORDS.containsKey(v.norm(i - 1));
    if (n == 0 || n >= d || !(COMMON.contains(d) || said)) {
      return null;
    }
    return new Quantity(i, i + 2, n / (double) d, null, Kind.FRACTION, null);
  }

  /**
   * A whole number followed by a fraction: "2 1/2", "2½", "10 ½". {@code whole} is the whole
   * number's quantity; returns the sum, or null when no fraction follows.
   */
  static Quantity mixed(TokenView v, Quantity whole) {
    int k = whole.last() + 1;
    Quantity f = vulgar(v, k);
    if (f == null && v.isNumber(k) && !v.touching(whole.last())) {
      f = digits(v, k);
    }
    if (f == null) {
      return null;
    }
    return new Quantity(whole.first(), f.last(), whole.value() + f.value(), null, Kind.COUNT, null);
  }

  /**
   * A fraction in words at {@code k}: "a half", "an eighth", "one fourth", "one - fourth", "three
   * quarters", "twenty-three fifths", or null.
   */
  static Quantity wordFraction(TokenView v, int k) {
    return wordFraction(v, k, false);
  }

  /**
   * As {@link #wordFraction(TokenView, int)}; {@code joined} after "and" ("one and a half years").
   */
  static Quantity wordFraction(TokenView v, int k, boolean joined) {
    String n = v.norm(k);
    if (!v.isWord(k)) {
      return null;
    }
    int numerator;
    if (n.equals("a") || n.equals("an")) {
      numerator = 1;
    } else if (NumberWords.value(n) != null) {
      numerator = NumberWords.value(n);
    } else {
      return null;
    }
    int d = k + 1;
    if (v.norm(d).equals("-") && !v.touching(k) && v.isWord(d + 1)) {
      d++; // "one - fourth"
    }
    Integer denominator = DENOMINATORS.get(v.norm(d));
    if (denominator == null || !v.isWord(d)) {
      return null;
    }
    boolean plural = v.norm(d).endsWith("s");
    if (numerator > 1 && !plural) {
      return null;
    }
    if (numerator == 1 && (plural || !(joined || endsPhrase(v, d + 1)))) {
      return null;
    }
    return new Quantity(k, d, numerator / (double) denominator, null, Kind.FRACTION, null);
  }

  /** True when nothing but "of", a scale or the phrase's end follows a singular fraction. */
  private static boolean endsPhrase(TokenView v, int k) {
    String next = v.norm(k);
    return !v.isWord(k)
        || next.equals("of")
        || next.equals("and")
        || NumberWords.isScale(next)
        || DigitNumbers.isScaledCompound(v, k)
        || UnitFinder.isMeasure(next)
        || next.equals("inch");
  }

  /**
   * A fraction times the scale after it: "half million", "three quarters billion", "two thirds of a
   * million"; {@code f} itself when no scale follows.
   */
  static Quantity scaled(TokenView v, Quantity f) {
    int k = f.last() + 1;
    if (v.norm(k).equals("of") && v.norm(k + 1).equals("a") && NumberWords.isScale(v.norm(k + 2))) {
      k += 2;
    }
    if (v.isWord(k) && NumberWords.isScale(v.norm(k)) && !v.norm(k).equals("dozen")) {
      return new Quantity(
          f.first(), k, f.value() * NumberWords.scale(v.norm(k)), null, Kind.COUNT, null);
    }
    return f;
  }

  /**
   * "one over 20", "seven in 10", "one in a million": a ratio of two whole numbers read as a
   * fraction; {@code q} is the first number's quantity, {@code next} reads a number. The second
   * must be the larger, a plain count, not a year ("7 in 2019"), and after "in" not followed by a
   * period word ("9 in 12 games").
   */
  static Quantity ratio(TokenView v, Quantity q, java.util.function.IntFunction<Quantity> next) {
    int k = q.last() + 1;
    String w = v.norm(k);
    boolean in = w.equals("in");
    if (!(w.equals("over") || in)) {
      return null;
    }
    int at = k + 1;
    if (q.value() != Math.rint(q.value())
        || q.value() < 1
        || q.valueMax() != null
        || (q.first() == q.last()
            && v.norm(q.first()).equals("one")
            && PRONOUN_ONE.contains(v.norm(q.first() - 1)))) {
      return null;
    }
    Quantity d = next.apply(at);
    if (d == null
        || d.kind() != Kind.COUNT
        || d.unit() != null
        || d.valueMax() != null
        || d.value() <= q.value()
        || d.value() != Math.rint(d.value())
        || (v.isNumber(at) && v.norm(at).matches("(19|20)\\d\\d"))
        || (in && PERIODS.contains(v.norm(d.last() + 1)))) {
      return null;
    }
    return new Quantity(q.first(), d.last(), q.value() / d.value(), null, Kind.FRACTION, null);
  }

  /**
   * A spelled fraction whose denominator is any ordinal at {@code i}: "one twenty-fifth", "three
   * twenty-firsts", "one hundred thirty-fifths" (100/35), "one hundred and thirty fifths" (130/5,
   * "and" keeps "thirty" in the numerator, unless what follows "and" is a proper fraction: "two
   * hundred and fifty-four hundredths" is 200.54), "a hundred trillionths"; or null. The
   * denominator is the longest well-formed number at the end of the run of number words that leaves
   * a well-formed numerator, does not start inside a hyphenated word, and starts with a scale word
   * only when it is that word alone ("trillionths", not "hundred-fifths"). "second" and "first"
   * alone are no denominators ("ten seconds").
   */
  static Quantity ordinalFraction(TokenView v, int i) {
    List<String> words = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>();
    int k = i;
    if ((v.norm(i).equals("a") || v.norm(i).equals("an")) && v.isWord(i)) {
      words.add("one");
      tokens.add(i);
      k++;
    }
    boolean plural = false;
    int last = -1;
    for (; v.isWord(k) && last < 0; k++) {
      String w = v.norm(k);
      if (w.equals("and") && !words.isEmpty()) {
        words.add("and");
        tokens.add(k);
        continue;
      }
      String[] parts = w.split("-", -1);
      for (int p = 0; p < parts.length; p++) {
        String part = parts[p];
        String cardinal = NumberWords.isNumberWord(part) ? part : null;
        if (cardinal == null && p == parts.length - 1) {
          boolean s =
              part.endsWith("s") && cardinalOfOrdinal(part.substring(0, part.length() - 1)) != null;
          cardinal = cardinalOfOrdinal(s ? part.substring(0, part.length() - 1) : part);
          if (cardinal != null && p == 0 && (cardinal.equals("one") || cardinal.equals("two"))) {
            return null; // "seconds" and "firsts" divide only hyphened to tens: "thirty-seconds"
          }
          if (cardinal != null) {
            plural = s;
            last = k;
          }
        }
        if (cardinal == null) {
          return null;
        }
        words.add(cardinal);
        tokens.add(k);
      }
    }
    if (last < 0) {
      return null;
    }
    int n = words.size();
    for (int s = 1; s < n; s++) {
      List<String> num = words.subList(0, s);
      List<String> den = words.subList(s, n);
      boolean lone = den.size() == 1;
      if (tokens.get(s).equals(tokens.get(s - 1))
          || (NumberWords.isScale(den.get(0)) && !lone)
          || !wellFormed(num)
          || !wellFormed(den)) {
        continue;
      }
      double numerator = NumberWords.combine(withoutAnd(num));
      double denominator = NumberWords.combine(withoutAnd(den));
      int and = num.lastIndexOf("and");
      if (and >= 0 && NumberWords.combine(num.subList(and + 1, s)) < denominator) {
        return null; // "two hundred and fifty-four hundredths" is 200 plus a fraction, read later
      }
      if (numerator == 1 ? plural || !endsPhrase(v, last + 1) : !plural) {
        return null;
      }
      return new Quantity(i, last, numerator / denominator, null, Kind.FRACTION, null);
    }
    return null;
  }

  /**
   * The cardinal word an ordinal stands for ("fifth" five, "twentieth" twenty, "millionth"
   * million), or null.
   */
  static String cardinalOfOrdinal(String word) {
    String irregular = IRREGULAR_ORDINALS.get(word);
    if (irregular != null) {
      return irregular;
    }
    String stem =
        word.endsWith("ieth")
            ? word.substring(0, word.length() - 4) + "y"
            : word.endsWith("th") ? word.substring(0, word.length() - 2) : null;
    return stem != null && NumberWords.isNumberWord(stem) ? stem : null;
  }

  /**
   * True for number words as a number is spoken: no two small numbers in a row but tens then a unit
   * ("twenty five"), "and" only after a scale, no "and" at either end.
   */
  private static boolean wellFormed(List<String> words) {
    if (words.isEmpty()
        || words.get(0).equals("and")
        || words.get(words.size() - 1).equals("and")) {
      return false;
    }
    Integer small = null;
    boolean tens = false;
    for (String w : words) {
      Integer value = NumberWords.value(w);
      if (w.equals("and")) {
        if (small != null) {
          return false;
        }
      } else if (value != null) {
        if (small != null && !(tens && value < 10)) {
          return false;
        }
        tens = small == null && value >= 20 && value % 10 == 0;
        small = value;
      } else {
        small = null;
        tens = false;
      }
    }
    return true;
  }

  private static List<String> withoutAnd(List<String> words) {
    return words.stream().filter(w -> !w.equals("and")).toList();
  }
}
