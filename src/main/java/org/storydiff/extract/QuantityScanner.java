package org.storydiff.extract;

import org.storydiff.text.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;

/**
 * Recognizes the number that starts at a token: digits, spelled-out numbers, money, percentages,
 * ranges, clock times, dates, weekdays, years, ages and ordinals. Whether the number is worth
 * reporting is {@link FigureFilter}'s decision. Stateless and thread-safe.
 */
final class QuantityScanner {

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
  private static final Pattern PLAIN_YEAR = Pattern.compile("(18|19|20)\\d{2}");
  private static final Pattern DAY = Pattern.compile("0?[1-9]|[12]\\d|3[01]");
  /** A number token as the tokenizer normalizes it: grouping commas already removed. */
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "£", "GBP", "€", "EUR");
  private static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"),
          Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("eur", "EUR"),
          Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"), Map.entry("yen", "JPY"),
          Map.entry("yuan", "CNY"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
          Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"), Map.entry("rupees", "INR"),
          Map.entry("francs", "CHF"));
  /** Scale suffixes written against the number in money ("$2bn", "£300m"). */
  private static final Map<String, Long> SHORT_SCALES =
      Map.of("bn", 1_000_000_000L, "m", 1_000_000L, "mn", 1_000_000L, "k", 1_000L,
          "tn", 1_000_000_000_000L);
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> YEAR_LEAD =
      Set.of("in", "since", "by", "of", "until", "from", "before", "after", "during", "year",
          "early", "late", "mid", "through", "till", "to", "spring", "summer", "autumn",
          "winter", "fall", "end");
  private static final Set<String> ORDINAL_LEAD =
      Set.of("the", "a", "its", "their", "his", "her", "this", "our", "another");

  /** The quantity whose first token is {@code i}, or null. */
  Quantity scan(TokenView v, int i) {
    String n = v.norm(i);
    if (n.equals("between") && isDecimal(v, i + 1) && v.norm(i + 2).equals("and") && isDecimal(v, i + 3)) {
      Quantity low = plainNumber(v, i + 1);
      Quantity high = plainNumber(v, i + 3);
      return suffixes(v, new Quantity(i, high.last(), low.value(), high.value(), Kind.COUNT, null));
    }
    if (CURRENCY_SIGNS.containsKey(n) || (n.equals("us") && v.norm(i + 1).equals("$") && v.touching(i))) {
      return money(v, i);
    }
    if (v.isCapitalized(i) && CalendarWords.month(n) != null) {
      return monthFirstDate(v, i);
    }
    if (v.isCapitalized(i) && CalendarWords.weekday(n) != null) {
      return new Quantity(i, i, CalendarWords.weekday(n), null, Kind.WEEKDAY, "weekday");
    }
    if (v.isNumber(i)) {
      return numeric(v, i);
    }
    if (v.isWord(i) && NumberWords.value(n) != null) {
      return suffixes(v, spelled(v, i));
    }
    if (v.isWord(i) && NumberWords.vague(n) != null) {
      return vague(v, i);
    }
    if (v.isWord(i) && !v.isCapitalized(i) && NumberWords.ordinal(n) != null
        && ORDINAL_LEAD.contains(v.norm(i - 1)) && v.isWord(i + 1) && !v.isCapitalized(i + 1)) {
      return new Quantity(i, i, NumberWords.ordinal(n), null, Kind.ORDINAL, "ordinal");
    }
    return null;
  }

  private Quantity money(TokenView v, int i) {
    int sign = v.norm(i).equals("us") ? i + 1 : i;
    if (!v.isNumber(sign + 1) || !DECIMAL.matcher(v.norm(sign + 1)).matches()) {
      return null;
    }
    Quantity q = plainNumber(v, sign + 1);
    Quantity ranged = range(v, q);
    String code = CURRENCY_SIGNS.get(v.norm(sign));
    return new Quantity(i, ranged.last(), ranged.value(), ranged.valueMax(), Kind.MONEY, code);
  }

  private Quantity numeric(TokenView v, int i) {
    String n = v.norm(i);
    if (CLOCK.matcher(n).matches()) {
      return ClockTimes.clock(v, i);
    }
    if (!DECIMAL.matcher(n).matches()) {
      return null;
    }
    if (isAgeApposition(v, i)) {
      return new Quantity(i, i, parse(n), null, Kind.AGE, "age");
    }
    if (v.touching(i) && v.isWord(i + 1) && ORDINAL_SUFFIXES.contains(v.norm(i + 1))) {
      Integer month = CalendarWords.month(v.norm(i + 2));
      if (month != null) {
        return withYear(v, new Quantity(i, i + 2, month * 100 + parse(n), null, Kind.DATE, "date"));
      }
      return new Quantity(i, i + 1, parse(n), null, Kind.ORDINAL, "ordinal");
    }
    if (v.touching(i) && v.norm(i + 1).equals("-") && v.norm(i + 2).startsWith("year")) {
      return new Quantity(i, i + 2, parse(n), null, Kind.AGE, "age");
    }
    if (v.norm(i + 1).startsWith("year") && v.norm(i + 2).equals("old")) {
      return new Quantity(i, i + 2, parse(n), null, Kind.AGE, "age");
    }
    Integer month = CalendarWords.month(v.norm(i + 1));
    if (month != null && v.isCapitalized(i + 1) && isDay(n)) {
      return withYear(v, new Quantity(i, i + 1, month * 100 + parse(n), null, Kind.DATE, "date"));
    }
    boolean grouped = v.text(i, i).indexOf(',') >= 0;
    if (!grouped && PLAIN_YEAR.matcher(n).matches() && looksLikeYear(v, i)) {
      return new Quantity(i, i, parse(n), null, Kind.YEAR, "year");
    }
    Quantity q = range(v, plainNumber(v, i));
    if (q.value() <= 12 && q.valueMax() == null && ClockTimes.amPm(v, q.last() + 1) != 0) {
      Quantity time = ClockTimes.clock(v, i);
      if (time != null) {
        return time;
      }
    }
    return suffixes(v, q);
  }

  /** Digits with an optional scale word: "1.5 million", "300m" (the short scales only touching). */
  private Quantity plainNumber(TokenView v, int i) {
    double value = parse(v.norm(i));
    String next = v.norm(i + 1);
    if (v.isWord(i + 1) && NumberWords.isScale(next) && !next.equals("hundred")) {
      return new Quantity(i, i + 1, value * NumberWords.scale(next), null, Kind.COUNT, null);
    }
    if (v.touching(i) && SHORT_SCALES.containsKey(next)) {
      return new Quantity(i, i + 1, value * SHORT_SCALES.get(next), null, Kind.COUNT, null);
    }
    return new Quantity(i, i, value, null, Kind.COUNT, null);
  }

  /** "30-40" and "30 to 40": the upper bound, with the lower bound taking its scale when bare. */
  private Quantity range(TokenView v, Quantity low) {
    int dash = low.last() + 1;
    boolean joined = v.norm(dash).equals("-") || (v.norm(dash).equals("to") && low.first() == low.last());
    if (!joined || !v.isNumber(dash + 1) || !DECIMAL.matcher(v.norm(dash + 1)).matches()) {
      return low;
    }
    Quantity high = plainNumber(v, dash + 1);
    double lowValue = low.value();
    if (low.first() == low.last() && high.last() > high.first()) {
      lowValue *= high.value() / parse(v.norm(dash + 1));
    }
    if (high.value() <= lowValue) {
      return low; // "8-8" or "3-1" is a score, not a range
    }
    return new Quantity(low.first(), high.last(), lowValue, high.value(), Kind.COUNT, null);
  }

  private Quantity spelled(TokenView v, int i) {
    List<String> words = new ArrayList<>();
    int last = i;
    int k = i;
    while (v.isWord(k) && NumberWords.isNumberWord(v.norm(k))) {
      words.add(v.norm(k));
      last = k;
      k += v.norm(k + 1).equals("and") && NumberWords.isNumberWord(v.norm(k + 2)) ? 2 : 1;
    }
    return new Quantity(i, last, NumberWords.combine(words), null, Kind.COUNT, null);
  }

  /** "dozens", "hundreds of thousands": the value is the multiplier, the qualifier "vague". */
  private Quantity vague(TokenView v, int i) {
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

  /** Percent signs and words, currency words, after a number. */
  private Quantity suffixes(TokenView v, Quantity q) {
    int k = q.last() + 1;
    String next = v.norm(k);
    if (next.equals("%") || next.equals("percent")) {
      return percent(q, k);
    }
    if (next.equals("per") && v.norm(k + 1).equals("cent")) {
      return percent(q, k + 1);
    }
    int currency = next.equals("us") ? k + 1 : k;
    String code = CURRENCY_WORDS.get(v.norm(currency));
    if (code != null) {
      return new Quantity(q.first(), currency, q.value(), q.valueMax(), Kind.MONEY, code);
    }
    return q;
  }

  private static Quantity percent(Quantity q, int last) {
    return new Quantity(q.first(), last, q.value(), q.valueMax(), Kind.PERCENT, "%");
  }

  private Quantity monthFirstDate(TokenView v, int i) {
    int day = v.norm(i + 1).equals(".") && v.touching(i) ? i + 2 : i + 1;
    if (!v.isNumber(day) || !isDay(v.norm(day))) {
      return null;
    }
    int last = v.touching(day) && ORDINAL_SUFFIXES.contains(v.norm(day + 1)) ? day + 1 : day;
    int month = CalendarWords.month(v.norm(i));
    return withYear(v, new Quantity(i, last, month * 100 + parse(v.norm(day)), null, Kind.DATE, "date"));
  }

  /** A date's year belongs to the date, never a figure of its own. */
  private static Quantity withYear(TokenView v, Quantity date) {
    int k = date.last() + 1;
    if (v.norm(k).equals(",") && PLAIN_YEAR.matcher(v.norm(k + 1)).matches()) {
      return date.withLast(k + 1);
    }
    return PLAIN_YEAR.matcher(v.norm(k)).matches() ? date.withLast(k) : date;
  }

  private static boolean looksLikeYear(TokenView v, int i) {
    String before = v.norm(i - 1);
    return YEAR_LEAD.contains(before) || CalendarWords.month(before) != null || !v.isWord(i + 1)
        || v.sentenceInitial(i);
  }

  /** "Reid, 33, said": a number set off by commas right after a name is an age. */
  private static boolean isAgeApposition(TokenView v, int i) {
    return v.norm(i - 1).equals(",") && v.isCapitalized(i - 2) && v.isWord(i - 2)
        && (v.norm(i + 1).equals(",") || v.norm(i + 1).equals(")")) && v.norm(i).length() <= 3;
  }

  private static boolean isDecimal(TokenView v, int i) {
    return v.isNumber(i) && DECIMAL.matcher(v.norm(i)).matches();
  }

  private static boolean isDay(String n) {
    return DAY.matcher(n).matches();
  }

  static double parse(String norm) {
    return Double.parseDouble(norm.replace(",", ""));
  }
}
