package org.storydiff.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Month and weekday names, full and abbreviated, lower-case. Stateless and thread-safe. */
public final class CalendarWords {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Set<String> FULL_MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Map<String, Integer> WEEKDAYS =
      Map.of(
          "monday",
          1,
          "tuesday",
          2,
          "wednesday",
          3,
          "thursday",
          4,
          "friday",
          5,
          "saturday",
          6,
          "sunday",
          7);

  private CalendarWords() {}

  /** 1..12 for a month name or abbreviation, else null. */
  public static Integer month(String lower) {
    return MONTHS.get(lower);
  }

  /** True for a month's full name ("march"), false for abbreviations ("mar") and other words. */
  public static boolean isFullMonthName(String lower) {
    return FULL_MONTHS.contains(lower);
  }

  private static final Map<String, Map<String, String>> LOCAL = new ConcurrentHashMap<>();

  /**
   * The English name ("march", "tuesday") of a month or weekday written in {@code language}
   * ("märz", "mai", "martes", "mardi"; lower case, as java.time names them in that locale, in
   * running text and standalone), else null. English words are not read here: "may" is a verb too.
   */
  public static String local(String language, String lower) {
    if (language == null || language.equals("en")) {
      return null;
    }
    return LOCAL.computeIfAbsent(language, CalendarWords::localNames).get(lower);
  }

  private static Map<String, String> localNames(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, String> names = new HashMap<>();
    for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
      for (Month m : Month.values()) {
        names.put(
            m.getDisplayName(style, locale).toLowerCase(locale),
            m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        names.put(
            d.getDisplayName(style, locale).toLowerCase(locale),
            d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      }
    }
    // a locale java.time does not know names its months "1".."12" or in English
    names.keySet().removeIf(k -> k.chars().allMatch(Character::isDigit));
    return Map.copyOf(names);
  }

  /** ISO day of week 1 (Monday) ..7, else null. */
  public static Integer weekday(String lower) {
    return WEEKDAYS.get(lower);
  }
}
