package org.storydiff.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.CalendarWords;

/**
 * Calendar dates and years used as dates: "February 24", "24 February 2022", "Nov. 5, 2024",
 * "2023-09-14", "March 2020", "June of 2018", "in 2016", "the 1988 film". Each gives a {@link
 * Kind#DATE} whose normalized form is ISO 8601 at the precision written ("2022-02-24", "--02-24",
 * "2020-03", "2016"). Month names need a capital, except in lower-case text where a day or year
 * must follow (and "may" is never taken lower-case). Stateless and thread-safe.
 */
final class DateScanner {

  static final Pattern YEAR = Pattern.compile("(18|19|20)\\d{2}");
  private static final Pattern DAY = Pattern.compile("0?[1-9]|[12]\\d|3[01]");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Words after which a year-like number is a year whatever follows: "in 2016", "since 2011". */
  private static final Set<String> YEAR_LEAD =
      Set.of(
          "in", "since", "by", "until", "before", "after", "during", "year", "early", "late", "mid",
          "through", "till", "spring", "summer", "autumn", "winter", "fall", "end", "fiscal",
          "circa", "season", "class");

  /** Determiners and possessives before an attributive year: "the 1988 film", "its 2019 report". */
  private static final Set<String> YEAR_DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "last", "next",
          "whose", "each", "every");

  private DateScanner() {}

  /** A date starting with a month name at {@code i} ("Feb. 24", "March 2020"), or null. */
  static Quantity monthFirst(TokenView v, int i) {
    Integer month = monthAt(v, i);
    if (month == null) {
      return null;
    }
    int k = v.norm(i + 1).equals(".") && v.touching(i) ? i + 2 : i + 1;
    if (v.isNumber(k) && isDay(v.norm(k)) && !YEAR.matcher(v.norm(k)).matches()) {
      int last = v.touching(k) && ORDINAL_SUFFIXES.contains(v.norm(k + 1)) ? k + 1 : k;
      return withYear(v, i, last, month, Integer.parseInt(v.norm(k)));
    }
    int y = v.norm(k).equals("of") ? k + 1 : k;
    if (v.isNumber(y) && YEAR.matcher(v.norm(y)).matches()) {
      return date(i, y, String.format(Locale.ROOT, "%s-%02d", v.norm(y), month));
    }
    return null;
  }

  /** A date starting with a day at {@code i}: "24 February", "9 November 1989", "3rd of May". */
  static Quantity dayFirst(TokenView v, int i) {
    if (!isDay(v.norm(i))) {
      return null;
    }
    int k = i + 1;
    if (v.touching(i) && ORDINAL_SUFFIXES.contains(v.norm(k))) {
      k++;
      if (v.norm(k).equals("of")) {
        k++;
      }
    }
    Integer month = monthAt(v, k);
    if (month == null) {
      return null;
    }
    return withYear(v, i, k, month, Integer.parseInt(v.norm(i)));
  }

  /** "2023-09-14" (also the date part of "2023-09-14T10:00Z"). */
  static Quantity iso(TokenView v, int i) {
    if (!YEAR.matcher(v.norm(i)).matches()
        || !v.norm(i + 1).equals("-")
        || !v.norm(i + 3).equals("-")
        || !TWO_DIGITS.matcher(v.norm(i + 2)).matches()
        || !TWO_DIGITS.matcher(v.norm(i + 4)).matches()
        || !v.touching(i)
        || !v.touching(i + 1)
        || !v.touching(i + 2)
        || !v.touching(i + 3)) {
      return null;
    }
    int month = Integer.parseInt(v.norm(i + 2));
    int day = Integer.parseInt(v.norm(i + 4));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return date(i, i + 4, v.norm(i) + "-" + v.norm(i + 2) + "-" + v.norm(i + 4));
  }

  /**
   * A bare year-like number used as a year: after a year word ("in", "since", a month) whatever
   * follows; otherwise (1900-2099 only) before punctuation, a capitalized word or a singular noun
   * ("the 1994 law", "from 2015 to 2019"), or after a determiner ("the 2019 elections"). "employ
   * 2000 people" and "of 2000 km" stay amounts.
   */
  static Quantity year(TokenView v, int i) {
    String n = v.norm(i);
    if (!YEAR.matcher(n).matches() || v.text(i, i).indexOf(',') >= 0) {
      return null;
    }
    String before = v.norm(i - 1);
    boolean lead = YEAR_LEAD.contains(before) || CalendarWords.month(before) != null;
    boolean modern = !n.startsWith("18");
    boolean attributive =
        YEAR_DETERMINERS.contains(before)
            || v.sentenceInitial(i)
            || !v.isWord(i + 1)
            || v.isCapitalized(i + 1)
            || !UnitFinder.isPlural(v.norm(i + 1));
    if (lead || (modern && attributive && !UnitFinder.isMeasure(v.norm(i + 1)))) {
      return date(i, i, n);
    }
    return null;
  }

  /** 1..12 when token {@code i} is a month name that may open a date here, else null. */
  private static Integer monthAt(TokenView v, int i) {
    if (!v.isWord(i)) {
      return null;
    }
    String n = v.norm(i);
    Integer month = CalendarWords.month(n);
    if (month == null || v.isCapitalized(i)) {
      return month;
    }
    boolean fullName = CalendarWords.isFullMonthName(n);
    boolean dotted = v.norm(i + 1).equals(".") && v.touching(i);
    return (fullName && !n.equals("may")) || dotted ? month : null;
  }

  private static Quantity withYear(TokenView v, int first, int last, int month, int day) {
    int k = last + 1;
    int yearToken = -1;
    if (v.norm(k).equals(",") && v.isNumber(k + 1) && YEAR.matcher(v.norm(k + 1)).matches()) {
      yearToken = k + 1;
    } else if (v.isNumber(k) && YEAR.matcher(v.norm(k)).matches()) {
      yearToken = k;
    }
    if (yearToken < 0) {
      return date(first, last, String.format(Locale.ROOT, "--%02d-%02d", month, day));
    }
    return date(
        first,
        yearToken,
        String.format(Locale.ROOT, "%s-%02d-%02d", v.norm(yearToken), month, day));
  }

  private static Quantity date(int first, int last, String iso) {
    return new Quantity(first, last, 0, null, Kind.DATE, "date", iso);
  }

  private static boolean isDay(String n) {
    return DAY.matcher(n).matches();
  }
}
