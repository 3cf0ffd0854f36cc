package org.storydiff.extract;

import java.util.regex.Pattern;

/**
 * Numbers that scraped copy split with a space after their punctuation ("4: 43 left", "from 1995 -
 * 99", "a 6. 1 - magnitude quake", "won 65 - 53"): each half alone is no figure, so neither becomes
 * one. Only shapes that normal text never writes with a space are read so: a clock's two digits
 * after "N:", a year's two-digit end after "YYYY -", a clock's two digits after "N." before am or
 * pm ("9. 25 am"), a single-digit decimal after "N." (a sentence never goes on with a digit inside
 * one sentence), a result whose second number is the smaller, and a fraction spaced around its
 * slash with a one-digit denominator ("4 1 / 2 hours", "41 / 2 months": the whole number goes too).
 * A range "30 - 40" (rising) and a list "1, 2, 3" stay as they are. A split decimal followed by a
 * measure, scale, percent or comma ("a 6. 1 - magnitude quake") is read whole as the decimal before
 * this check ({@code DigitNumbers.scrapedDecimal}), so only the other splits reach it. Stateless.
 */
final class ScrapedSpacing {

  private static final Pattern ONE_OR_TWO = Pattern.compile("\\d{1,2}");
  private static final Pattern TWO = Pattern.compile("\\d{2}");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern CLOCK_SUFFIX = Pattern.compile("(?i)a|p|am|pm|a\\.m|p\\.m");

  private ScrapedSpacing() {}

  /** True when {@code q} starts or ends at one half of a number split by spaced punctuation. */
  static boolean splitsANumber(TokenView v, Quantity q) {
    return firstHalf(v, q.last()) || secondHalf(v, q.first()) || wholeOfSplitFraction(v, q.last());
  }

  /** "4 1 / 2 hours": token {@code i} is the whole number before a spaced fraction. */
  private static boolean wholeOfSplitFraction(TokenView v, int i) {
    return v.isNumber(i)
        && isInteger(v.norm(i))
        && v.isNumber(i + 1)
        && !v.touching(i + 1)
        && v.norm(i + 2).equals("/")
        && firstHalf(v, i + 1);
  }

  /** Token {@code i} is a number followed by its own punctuation, a space and the second half. */
  private static boolean firstHalf(TokenView v, int i) {
    if (!v.isNumber(i) || v.touching(i + 1) || !v.isNumber(i + 2)) {
      return false;
    }
    return spacing(v, i) && (split(v.norm(i), v.norm(i + 1), v.norm(i + 2)) || splitClock(v, i));
  }

  /**
   * "9. 25 am", "6. 41 p. m.": a clock written with a point, split after it, before its am/pm.
   * Token {@code i} is the hour.
   */
  private static boolean splitClock(TokenView v, int i) {
    return v.norm(i + 1).equals(".")
        && ONE_OR_TWO.matcher(v.norm(i)).matches()
        && TWO.matcher(v.norm(i + 2)).matches()
        && i + 3 < v.size()
        && CLOCK_SUFFIX.matcher(v.norm(i + 3)).matches();
  }

  /** Token {@code i} is the second half of such a split number. */
  private static boolean secondHalf(TokenView v, int i) {
    if (i < 2 || !v.isNumber(i) || !v.isNumber(i - 2) || v.touching(i - 1)) {
      return false;
    }
    return spacing(v, i - 2)
        && (split(v.norm(i - 2), v.norm(i - 1), v.norm(i)) || splitClock(v, i - 2));
  }

  /**
   * The mark after number {@code i} is spaced as scraping leaves it: a colon or point against the
   * first half, a dash apart from both ("1995 - 99"; "1995-99" is read elsewhere).
   */
  private static boolean spacing(TokenView v, int i) {
    String mark = v.norm(i + 1);
    return mark.equals("-") || mark.equals("/") ? !v.touching(i) : v.touching(i);
  }

  private static boolean split(String a, String mark, String b) {
    return switch (mark) {
      case ":" -> ONE_OR_TWO.matcher(a).matches() && TWO.matcher(b).matches();
      case "." -> ONE_OR_TWO.matcher(a).matches() && b.length() == 1;
      case "-" ->
          (YEAR.matcher(a).matches() && TWO.matcher(b).matches())
              || (isInteger(a) && isInteger(b) && Long.parseLong(b) < Long.parseLong(a));
      // "4 1 / 2", "41 / 2": a fraction spaced by scraping; its denominator is small
      case "/" -> isInteger(a) && isInteger(b) && b.length() == 1 && !b.equals("0");
      default -> false;
    };
  }

  private static boolean isInteger(String n) {
    return n.length() <= 9 && n.chars().allMatch(Character::isDigit);
  }
}
