package org.storydiff.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.NumberWords;

/**
 * Recognizes the number that starts at a token: digits, words, money, percentages, ranges, clock
 * times, dates, weekdays, ages, ordinals, and the number-like things that are no figure (scores,
 * "9/11"). Whether a number is worth reporting is {@link FigureFilter}'s decision. Stateless and
 * thread-safe.
 */
final class QuantityScanner {

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
  private static final Pattern SHORT = Pattern.compile("\\d{1,2}");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> ORDINAL_LEAD =
      Set.of("the", "a", "its", "their", "his", "her", "this", "our", "another");

  /** Words around "3-1" that make it a result, not a range: "a 1-3 defeat", "won 2-1". */
  private static final Set<String> SCORE_WORDS =
      Set.of(
          "win",
          "won",
          "wins",
          "victory",
          "defeat",
          "defeated",
          "loss",
          "lost",
          "lose",
          "beat",
          "beating",
          "draw",
          "drew",
          "lead",
          "led",
          "leading",
          "trailed",
          "trailing",
          "score",
          "scoreline",
          "aggregate",
          "vote",
          "voted",
          "ruling",
          "ruled",
          "majority",
          "decision",
          "ended",
          "finished",
          "thrashing");

  private static final Set<String> AGE_LEAD = Set.of("aged", "age");

  /** Words before "at" that make the number after it an age at death ("dies at 77"). */
  private static final Set<String> DEATH_WORDS = Set.of("died", "dies", "dead", "die");

  /** The quantity whose first token is {@code i}, or null. */
  Quantity scan(TokenView v, int i) {
    String n = v.norm(i);
    if (n.equals("between")) {
      return between(v, i);
    }
    if (n.equals("minus")
        || n.equals("negative")
        || (n.equals("-") && v.touching(i) && !v.touching(i - 1))) {
      return negative(v, i);
    }
    if (v.norm(i - 1).equals("from")) {
      Quantity change = fromTo(v, i);
      if (change != null) {
        return change;
      }
    }
    Quantity money = MoneyScanner.before(v, i);
    if (money != null) {
      return unitRange(v, money);
    }
    if (v.isWord(i) && CalendarWords.month(n) != null) {
      return DateScanner.monthFirst(v, i);
    }
    if (v.isWord(i) && CalendarWords.weekday(n) != null) {
      return new Quantity(i, i, CalendarWords.weekday(n), null, Kind.WEEKDAY, "weekday");
    }
    if (v.isNumber(i)) {
      Quantity q = numeric(v, i);
      return q == null ? null : unitRange(v, q);
    }
    if (n.equals(".")
        && v.touching(i)
        && DigitNumbers.isDecimal(v, i + 1)
        && v.norm(i + 1).indexOf('.') < 0
        && !v.touching(i - 1)) {
      // ".500 record": a decimal written without its leading zero (".15.20" is none)
      return suffixes(
          v,
          new Quantity(i, i + 1, DigitNumbers.parse("0." + v.norm(i + 1)), null, Kind.COUNT, null));
    }
    if (Fractions.isVulgar(v, i)) {
      return suffixes(v, Fractions.scaled(v, Fractions.vulgar(v, i)));
    }
    Quantity spelled = SpelledQuantities.scan(v, i);
    if (spelled != null && spelled.kind() == Kind.COUNT && spelled.unit() == null) {
      Quantity ratio = Fractions.ratio(v, spelled, k -> amountAt(v, k));
      return ratio != null ? ratio : suffixes(v, spelledRange(v, spelled));
    }
    if (spelled != null) {
      return spelled;
    }
    if (v.isWord(i)
        && !v.isCapitalized(i)
        && NumberWords.ordinal(n) != null
        && ORDINAL_LEAD.contains(v.norm(i - 1))
        && v.isWord(i + 1)
        && !v.isCapitalized(i + 1)) {
      return new Quantity(i, i, NumberWords.ordinal(n), null, Kind.ORDINAL, "ordinal");
    }
    return null;
  }

  /** "minus 12 degrees", "minus-5 yards", "-1.3%": the amount after the sign, negated. */
  private Quantity negative(TokenView v, int i) {
    if (v.norm(i - 1).equals("or") && v.norm(i - 2).equals("plus")) {
      return null; // "plus or minus three points" is a margin, read from the number on
    }
    int k = v.norm(i + 1).equals("-") && v.touching(i) && v.touching(i + 1) ? i + 2 : i + 1;
    Quantity q =
        DigitNumbers.isDecimal(v, k)
            ? numeric(v, k)
            : v.isWord(i) ? SpelledQuantities.scan(v, k) : null; // "minus nine", "negative ten"
    if (q == null || !q.isAmount() || q.valueMax() != null) {
      return null;
    }
    return new Quantity(i, q.last(), -q.value(), null, q.kind(), q.unit());
  }

  /**
   * "from 4.8 to 4.7 percent", "from $2,415 to $2,315": the span a figure moved across, read as a
   * range (as news-quantity benchmarks do), whichever way it moved.
   */
  private Quantity fromTo(TokenView v, int i) {
    Quantity a = amountAt(v, i);
    if (a == null || !v.norm(a.last() + 1).equals("to")) {
      return null;
    }
    Quantity b = amountAt(v, a.last() + 2);
    if (b == null || (a.kind() != b.kind() && a.kind() != Kind.COUNT) || a.value() == b.value()) {
      return null;
    }
    return new Quantity(
        i,
        b.last(),
        Math.min(a.value(), b.value()),
        Math.max(a.value(), b.value()),
        b.kind(),
        b.unit());
  }

  /**
   * "US$3bn-US$5bn", "3 percent to 4 percent", "€400m-€600m": a range whose ends each carry the
   * same currency or percent sign (the ends read whole, each with its own scale); {@code low}
   * itself when no such end follows. A move ("rose 3% to 4%") is no range.
   */
  private Quantity unitRange(TokenView v, Quantity low) {
    if ((low.kind() != Kind.MONEY && low.kind() != Kind.PERCENT)
        || low.valueMax() != null
        || low.unit() == null
        || !DigitNumbers.joinsRange(v, low, false)) {
      return low;
    }
    Quantity high = amountAt(v, low.last() + 2);
    if (high == null
        || high.kind() != low.kind()
        || high.valueMax() != null
        || !low.unit().equals(high.unit())
        || high.value() <= low.value()) {
      return low;
    }
    return new Quantity(
        low.first(), high.last(), low.value(), high.value(), low.kind(), low.unit());
  }

  /** "between 150 and 200 migrants", "between $62 and $68": a range, or null. */
  private Quantity between(TokenView v, int i) {
    Quantity low = amountAt(v, i + 1);
    if (low == null || !v.norm(low.last() + 1).equals("and")) {
      return null;
    }
    Quantity high = amountAt(v, low.last() + 2);
    if (high == null || high.valueMax() != null || low.valueMax() != null) {
      return null;
    }
    double lowValue = low.value();
    if (low.first() == low.last() && high.last() > high.first() && high.kind() == Kind.COUNT) {
      lowValue *=
          high.value() / DigitNumbers.parse(v.norm(high.first())); // "between 2 and 3 million"
    }
    if (high.value() <= lowValue || (low.kind() != high.kind() && low.kind() != Kind.COUNT)) {
      return null;
    }
    return new Quantity(i, high.last(), lowValue, high.value(), high.kind(), high.unit());
  }

  /** An amount at {@code i} in digits, words or money, with its suffixes; no range. Or null. */
  private Quantity amountAt(TokenView v, int i) {
    Quantity q = MoneyScanner.before(v, i);
    if (q == null && DigitNumbers.isDecimal(v, i)) {
      q = suffixes(v, DigitNumbers.plain(v, i, false));
    } else if (q == null && (v.norm(i).equals("minus") || v.norm(i).equals("negative"))) {
      q = negative(v, i);
    } else if (q == null) {
      Quantity spelled = SpelledQuantities.scan(v, i);
      q =
          spelled != null && spelled.kind() == Kind.COUNT && spelled.unit() == null
              ? suffixes(v, spelled)
              : null;
    }
    return q;
  }

  /**
   * "four to five thousand", "two or three million": a spelled range, the bare low end taking the
   * high end's scale; {@code low} itself when no range follows.
   */
  private static Quantity spelledRange(TokenView v, Quantity low) {
    int joint = low.last() + 1;
    String j = v.norm(joint);
    if (!(j.equals("to") || j.equals("-") || (j.equals("or") && low.first() == low.last()))) {
      return low;
    }
    Quantity high = SpelledQuantities.scan(v, joint + 1);
    if (high == null || high.kind() != Kind.COUNT || high.unit() != null) {
      return low;
    }
    double lowValue = low.value();
    if (low.first() == low.last() && high.last() > high.first()) {
      double highHead =
          org.storydiff.text.NumberWords.value(v.norm(high.first())) == null
              ? 1
              : org.storydiff.text.NumberWords.value(v.norm(high.first()));
      double scale = high.value() / highHead;
      if (scale >= 100 && scale == Math.rint(scale)) {
        lowValue *= scale; // "four to five thousand"
      }
    }
    if (high.value() <= lowValue) {
      return low;
    }
    return new Quantity(low.first(), high.last(), lowValue, high.value(), Kind.COUNT, null);
  }

  private Quantity numeric(TokenView v, int i) {
    String n = v.norm(i);
    if (CLOCK.matcher(n).matches()) {
      return ClockTimes.clock(v, i);
    }
    if (!DigitNumbers.DECIMAL.matcher(n).matches()) {
      return null;
    }
    Quantity fourDigitTime = ClockTimes.fourDigit(v, i);
    if (fourDigitTime != null) {
      return fourDigitTime;
    }
    Quantity date = DateScanner.iso(v, i);
    if (date == null) {
      date = DateScanner.dayFirst(v, i);
    }
    if (date != null) {
      return date;
    }
    Quantity special = ageOrOrdinal(v, i);
    if (special != null) {
      return special;
    }
    if (v.touching(i) && v.norm(i + 1).equals("s") && n.matches("\\d0")) {
      return new Quantity(i, i + 1, 0, null, Kind.SKIP, null); // "the '90s", "the 80s": a decade
    }
    Quantity fraction = Fractions.digits(v, i);
    if (fraction != null) {
      return suffixes(v, Fractions.scaled(v, fraction)); // "3/4", "1⁄32 inch"
    }
    Quantity skipped = joinedPair(v, i);
    if (skipped != null) {
      return skipped;
    }
    if (!hasAmountSuffix(v, i) && !startsAmountRange(v, i)) {
      Quantity year = DateScanner.year(v, i);
      if (year != null) {
        return year;
      }
    }
    Quantity plain = DigitNumbers.plain(v, i, false);
    Quantity mixed = Fractions.mixed(v, plain);
    if (mixed != null) {
      return suffixes(v, mixed); // "2 1/2 miles", "2½"
    }
    Quantity ratio = Fractions.ratio(v, plain, k -> amountAt(v, k));
    if (ratio != null) {
      return ratio; // "1 in 20", "one out of three"
    }
    Quantity q = DigitNumbers.range(v, plain, false);
    if (q.value() <= 12 && q.valueMax() == null && ClockTimes.amPm(v, q.last() + 1) != 0) {
      Quantity time = ClockTimes.clock(v, i);
      if (time != null) {
        return time;
      }
    }
    return suffixes(v, q);
  }

  private static Quantity ageOrOrdinal(TokenView v, int i) {
    String n = v.norm(i);
    boolean afterName = v.isCapitalized(i - 2) && v.isWord(i - 2) && n.length() <= 3;
    String prev = v.norm(i - 1);
    String next = v.norm(i + 1);
    // "Reid, 33, said" and "Reid (33)": a short number set off right after a name is an age.
    boolean closes = next.equals(".") && (v.norm(i + 2).isEmpty() || v.isCapitalized(i + 2));
    boolean apposition =
        afterName
            && ((prev.equals(",")
                    && (next.equals(",") || next.equals(")") || next.equals(";") || closes))
                || (prev.equals("(") && next.equals(")")));
    // "died at 77", "died in prison at 77," and an obituary's "He was 77." closing its sentence
    boolean obituary =
        (prev.equals("at") && DEATH_WORDS.contains(v.norm(i - 2)))
            || (prev.equals("at") && closesClause(v, i) && deathShortlyBefore(v, i - 2))
            || (closes
                && (prev.equals("was") || prev.equals("is"))
                && (v.norm(i - 2).equals("he") || v.norm(i - 2).equals("she")));
    boolean led =
        AGE_LEAD.contains(v.norm(i - 1))
            || (v.norm(i - 1).equals("of") && v.norm(i - 2).equals("age"));
    if (led
        && n.length() <= 3
        && (next.equals("to") || next.equals("-"))
        && DigitNumbers.isDecimal(v, i + 2)) {
      // "aged 18 to 34": an age bracket, no single age
      double high = DigitNumbers.parse(v.norm(i + 2));
      double low = DigitNumbers.parse(n);
      return high > low ? new Quantity(i, i + 2, low, high, Kind.AGE, "age") : null;
    }
    if ((apposition || led || obituary) && n.length() <= 3) {
      return new Quantity(i, i, DigitNumbers.parse(n), null, Kind.AGE, "age");
    }
    if (v.touching(i)
        && v.isWord(i + 1)
        && (ORDINAL_SUFFIXES.contains(v.norm(i + 1))
            || (next.length() > 3
                && next.charAt(2) == '-'
                && ORDINAL_SUFFIXES.contains(next.substring(0, 2))))) {
      // "21st", and "21st-century", which the tokenizer leaves as "21" + "st-century"
      return new Quantity(i, i + 1, DigitNumbers.parse(n), null, Kind.ORDINAL, "ordinal");
    }
    if (v.touching(i)
        && next.equals("-")
        && v.norm(i + 2).startsWith("year")
        && v.norm(i + 2).endsWith("old")) {
      return new Quantity(i, i + 2, DigitNumbers.parse(n), null, Kind.AGE, "age"); // "33-year-old"
    }
    if (next.equals("-")
        && (v.norm(i + 2).equals("year") || v.norm(i + 2).equals("years"))
        && v.norm(i + 3).equals("-")
        && v.norm(i + 4).equals("old")) {
      // scraped copy that spaced the hyphens: "16 - year - old"
      return new Quantity(i, i + 4, DigitNumbers.parse(n), null, Kind.AGE, "age");
    }
    if (next.equals("year-old")
        || next.equals("years-old")
        || (next.startsWith("year") && v.norm(i + 2).equals("old"))) {
      int last = next.endsWith("old") ? i + 1 : i + 2;
      return new Quantity(i, last, DigitNumbers.parse(n), null, Kind.AGE, "age");
    }
    return null;
  }

  /** The number {@code i} ends its clause: a point, comma or semicolon, or the text, follows. */
  private static boolean closesClause(TokenView v, int i) {
    String next = v.norm(i + 1);
    return next.isEmpty() || next.equals(".") || next.equals(",") || next.equals(";");
  }

  /** A verb of dying within the three words before {@code i} ("died in prison at"). */
  private static boolean deathShortlyBefore(TokenView v, int i) {
    for (int k = i; k >= Math.max(0, i - 2); k--) {
      if (DEATH_WORDS.contains(v.norm(k)) && !v.norm(k).equals("dead")) {
        return true;
      }
      if (!v.isWord(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Two short numbers joined by a dash or slash that are no amount: a result ("2-1", "a 1-3
   * defeat", "5-4 ruling") or a slashed label ("9/11", "24/7"). Ranges ("30-40") pass through.
   */
  private static Quantity joinedPair(TokenView v, int i) {
    String joint = v.norm(i + 1);
    if (!(joint.equals("-") || joint.equals("/"))
        || !v.touching(i)
        || !v.touching(i + 1)
        || !v.isNumber(i + 2)) {
      return null;
    }
    if (joint.equals("/")) {
      int last = i + 2;
      while (v.norm(last + 1).equals("/") && v.touching(last) && v.isNumber(last + 2)) {
        last += 2;
      }
      return new Quantity(i, last, 0, null, Kind.SKIP, null);
    }
    if (!SHORT.matcher(v.norm(i)).matches() || !SHORT.matcher(v.norm(i + 2)).matches()) {
      return null;
    }
    boolean descending = Integer.parseInt(v.norm(i + 2)) <= Integer.parseInt(v.norm(i));
    boolean scoreContext =
        SCORE_WORDS.contains(v.norm(i - 1))
            || SCORE_WORDS.contains(v.norm(i + 3))
            || SCORE_WORDS.contains(v.norm(i - 2));
    return descending || scoreContext ? new Quantity(i, i + 2, 0, null, Kind.SKIP, null) : null;
  }

  /**
   * "2000 - 2500 calories": a number starting a range whose ends are not both years ("1939-45").
   */
  private static boolean startsAmountRange(TokenView v, int i) {
    String joint = v.norm(i + 1);
    if (!(joint.equals("-") || joint.equals("to") || joint.equals("~"))
        || !DigitNumbers.isDecimal(v, i + 2)) {
      return false;
    }
    double low = DigitNumbers.parse(v.norm(i));
    double high = DigitNumbers.parse(v.norm(i + 2));
    return high > low && !(isYearLike(low) && isYearLike(high)) && v.norm(i + 2).length() >= 3;
  }

  private static boolean isYearLike(double n) {
    return n >= 1800 && n <= 2100 && n == Math.rint(n);
  }

  /** True when a percent sign, currency word or scale follows, so "2000 euros" is no year. */
  private static boolean hasAmountSuffix(TokenView v, int i) {
    String next = v.norm(i + 1);
    return next.equals("%")
        || next.equals("percent")
        || NumberWords.isScale(next)
        || MoneyScanner.after(v, new Quantity(i, i, 0, null, Kind.COUNT, null)) != null;
  }

  /** Percent signs and words, currency words, after a number. */
  private Quantity suffixes(TokenView v, Quantity q) {
    int k = q.last() + 1;
    String next = v.norm(k);
    if (next.equals("%")
        || next.equals("percent")
        || next.equals("pct")
        || (next.equals("pc") && v.touching(q.last()))) {
      return percent(q, k, "%");
    }
    if (next.equals("per") && v.norm(k + 1).equals("cent")) {
      return percent(q, k + 1, "%");
    }
    if (next.equals("percentage") && v.norm(k + 1).startsWith("point")) {
      return percent(q, k + 1, "percentage points");
    }
    Quantity money = MoneyScanner.after(v, q);
    return money != null ? money : q;
  }

  private static Quantity percent(Quantity q, int last, String unit) {
    return new Quantity(q.first(), last, q.value(), q.valueMax(), Kind.PERCENT, unit);
  }
}
