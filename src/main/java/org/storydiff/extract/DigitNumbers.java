package org.storydiff.extract;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.NumberWords;

/**
 * Numbers written in digits, with their scale and range: the amount part of the figure grammar
 * ({@code docs/output.md}, figures). An amount is digits (grouped by commas, or by single spaces in
 * groups of three: "1 234 567"), optionally in scientific notation ("1.3e6"), followed by any run
 * of scales: words ("1.5 million", "4 hundred million", "3 lakh crore", "3 dozens"), short forms
 * against the number ("$2bn", "25k", "1MM", "2mil") or after it ("10 bln"), and a written-out
 * fraction of the last scale ("3 million and a half"). Ranges join two amounts with a dash, a tilde
 * or "to" ("30-40", "$2-3 million", "$3 billion to $5 billion"), each end scale-aware. Stateless
 * and thread-safe; every read moves forward, so scanning is linear.
 */
final class DigitNumbers {

  /** A number token as the tokenizer normalizes it: grouping commas already removed. */
  static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

  private static final Pattern GROUP = Pattern.compile("\\d{3}(\\.\\d+)?");
  private static final Pattern LEAD_GROUP = Pattern.compile("\\d{1,3}");
  private static final Pattern EXPONENT = Pattern.compile("e\\d{1,3}");

  /** Scale suffixes written against the number ("$2bn", "25k", "2.7m sales", "2mil"). */
  private static final Map<String, Long> SHORT_SCALES =
      Map.ofEntries(
          Map.entry("bn", 1_000_000_000L),
          Map.entry("bln", 1_000_000_000L),
          Map.entry("mn", 1_000_000L),
          Map.entry("mln", 1_000_000L),
          Map.entry("mil", 1_000_000L),
          Map.entry("mio", 1_000_000L),
          Map.entry("k", 1_000L),
          Map.entry("tn", 1_000_000_000_000L),
          Map.entry("tln", 1_000_000_000_000L),
          Map.entry("trn", 1_000_000_000_000L),
          Map.entry("b", 1_000_000_000L),
          Map.entry("m", 1_000_000L));

  /** Short scales also written apart from the number ("10 bln", "5 mil"): not "k", "b" or "m". */
  private static final Set<String> SPACED_SCALES =
      Set.of("bn", "bln", "mn", "mln", "mil", "mio", "tn", "tln", "trn");

  /** Words after "100m" that make the "m" metres, not million: "a 100m sprint", "5m high". */
  private static final Set<String> METRE_CONTEXT =
      Set.of(
          "high",
          "long",
          "deep",
          "wide",
          "tall",
          "away",
          "above",
          "below",
          "sprint",
          "race",
          "final",
          "freestyle",
          "butterfly",
          "backstroke",
          "breaststroke",
          "medley",
          "hurdles",
          "relay",
          "dash",
          "run",
          "swim",
          "from",
          "off",
          "underground",
          "underwater",
          "in",
          "of",
          "-",
          "/",
          "x");

  /** South Asian scale words, common in Indian and Pakistani copy. */
  private static final Map<String, Long> LOCAL_SCALES =
      Map.of("crore", 10_000_000L, "crores", 10_000_000L, "lakh", 100_000L, "lakhs", 100_000L);

  /** "3 dozens", "five dozs": a dozen as a multiplier after a number. */
  private static final Set<String> DOZENS = Set.of("dozens", "doz", "dozs", "dz", "dzs");

  /** Words before "X to Y" that make it a move to a level, not a range: "rose 2% to 5%". */
  private static final Set<String> MOVES =
      Set.of(
          "by",
          "rose",
          "fell",
          "up",
          "down",
          "cut",
          "raised",
          "increased",
          "decreased",
          "jumped",
          "dropped",
          "climbed",
          "slipped",
          "gained",
          "lost",
          "grew",
          "shrank",
          "added",
          "trimmed");

  private DigitNumbers() {}

  static boolean isDecimal(TokenView v, int i) {
    return v.isNumber(i) && DECIMAL.matcher(v.norm(i)).matches();
  }

  /** Digits before any scale: the index of their last token and their value. */
  record Digits(int last, double value) {}

  /** Digits at {@code i} with their scales: "1.5 million", "300m" (money only), "25k", "1 234". */
  static Quantity plain(TokenView v, int i, boolean money) {
    Digits d = digits(v, i);
    Quantity power = power(v, i, d);
    if (power != null) {
      return power;
    }
    int exponentEnd = exponent(v, d.last());
    if (exponentEnd > d.last()) {
      int e = exponentValue(v, d.last(), exponentEnd);
      double value = e < 0 ? d.value() / Math.pow(10, -e) : d.value() * Math.pow(10, e);
      return new Quantity(i, exponentEnd, value, null, Kind.COUNT, null);
    }
    return scales(v, i, d.last(), d.value(), money);
  }

  /**
   * The digits at {@code i}, with "1 234 567" read as one number (groups of three, one space
   * apart).
   */
  static Digits digits(TokenView v, int i) {
    if (scrapedDecimal(v, i)) {
      return new Digits(i + 2, parse(v.norm(i) + "." + v.norm(i + 2)));
    }
    int last = i;
    double value = parse(v.norm(i));
    if (LEAD_GROUP.matcher(v.norm(i)).matches()) {
      while (v.isNumber(last + 1)
          && GROUP.matcher(v.norm(last + 1)).matches()
          && oneSpace(v, last)
          && v.norm(last).indexOf('.') < 0) {
        last++;
        value =
            value * 1000
                + parse(v.norm(last)); // "1 234 567.89": the decimals ride on the last group
      }
    }
    // Scraped copy that spaced its grouping commas ("22, 000 refugees"): three digits opening with
    // 0 after ", " are no list item nor a second number, so they continue the first; so do any
    // three digits after an amount of money ("$380, 600") or after a hedge or preposition when a
    // word follows ("about 1, 800 pixels"), where a list or a date ("May 1, 800 people") is not.
    while (last == i || GROUP.matcher(v.norm(last)).matches()) {
      if (!LEAD_GROUP.matcher(v.norm(i)).matches()
          || !v.norm(last + 1).equals(",")
          || !v.touching(last)
          || !v.isNumber(last + 2)
          || !GROUP.matcher(v.norm(last + 2)).matches()
          || !oneSpace(v, last + 1)
          || !(SPACED_GROUP.matcher(v.norm(last + 2)).matches() || spacedGroupFits(v, i, last))) {
        break;
      }
      last += 2;
      value = value * 1000 + parse(v.norm(last));
    }
    return new Digits(last, value);
  }

  private static final Pattern SPACED_GROUP = Pattern.compile("0\\d{2}");

  /** Words after which "N, NNN" is one amount, not a list or a date. */
  private static final Set<String> AMOUNT_LEADS =
      Set.of(
          "about",
          "nearly",
          "some",
          "around",
          "over",
          "than",
          "of",
          "to",
          "at",
          "by",
          "from",
          "approximately",
          "roughly",
          "almost",
          "x",
          "\u00D7",
          "estimated",
          "total");

  /**
   * Whether the group after {@code ", "} at {@code last + 2} continues the amount that starts at
   * {@code i}: it follows a currency sign, or a hedge or preposition with a word (no "and", "or" or
   * comma) after the group.
   */
  private static boolean spacedGroupFits(TokenView v, int i, int last) {
    if (i > 0 && v.touching(i - 1) && MoneyScanner.isSign(v.norm(i - 1))) {
      return true;
    }
    int after = last + 3;
    if (i == 0 || !AMOUNT_LEADS.contains(v.norm(i - 1))) {
      return false;
    }
    if (after >= v.size() || ".".equals(v.norm(after)) || ";".equals(v.norm(after))) {
      return true; // "Buford's record of 2, 106."
    }
    if (",".equals(v.norm(after)) && after + 1 < v.size() && v.isWord(after + 1)) {
      return true; // "hurt more than 1, 400, flattening a town"; not "of 1, 400, 500"
    }
    return v.isWord(after) && !"and".equals(v.norm(after)) && !"or".equals(v.norm(after));
  }

  private static final Pattern WHOLE_PART = Pattern.compile("\\d{1,2}");
  private static final Pattern DECIMAL_PART = Pattern.compile("\\d{1,3}");

  /**
   * Scraped copy that spaced its decimal point ("a 6. 1 - magnitude quake", "($2. 6 - million)",
   * "put the magnitude at 5. 9, but", "said it was 6. 1."): one to two digits, a point against
   * them, one space, one to three digits, then a comma, the sentence's closing point, a scale, a
   * percent or a unit of measure, joined by a dash or not. Only that shape is read as one decimal:
   * news style never opens a sentence with a numeral other than a year, so "N. D" followed so is no
   * sentence end (the splitter keeps it in one sentence), while "June 5. 2 days later" (a count
   * that is no measure) and "Chapter 3. 12 men" stay apart.
   */
  private static boolean scrapedDecimal(TokenView v, int i) {
    if (!WHOLE_PART.matcher(v.norm(i)).matches()
        || !v.norm(i + 1).equals(".")
        || !v.touching(i)
        || !v.isNumber(i + 2)
        || !oneSpace(v, i + 1)
        || !DECIMAL_PART.matcher(v.norm(i + 2)).matches()
        || (v.isWord(i - 1) && CalendarWords.month(v.norm(i - 1)) != null)) {
      return false;
    }
    int k = i + 3;
    String next = v.norm(k);
    if (next.equals(",")) {
      return v.touching(i + 2);
    }
    if (next.equals(".") && v.touching(i + 2)) {
      // "the survey said it was 6. 1.": the splitter kept it in one sentence, which it closes
      return v.norm(k + 1).isEmpty() || v.isCapitalized(k + 1);
    }
    if (next.equals("-") && v.isWord(k + 1)) {
      next = v.norm(++k);
    }
    return v.isWord(k)
            && (next.equals("magnitude")
                || next.equals("percent")
                || next.equals("per")
                || NumberWords.isScale(next)
                || SHORT_SCALES.containsKey(next)
                || UnitFinder.isMeasure(next))
        || next.equals("%");
  }

  /** The amount {@code value} ending at {@code last}, times the scales that follow it. */
  static Quantity scales(TokenView v, int first, int last, double value, boolean money) {
    long applied = 1;
    double total = value;
    while (true) {
      int k = last + 1;
      String next = v.norm(k);
      if (next.equals("-") && hyphenedScale(v, k)) {
        total *= NumberWords.scale(v.norm(k + 1)); // "a 3.2-million haul", "($2. 6 - million)"
        applied = NumberWords.scale(v.norm(k + 1));
        last = k + 1;
        break;
      }
      long scale = scaleAt(v, last, money);
      if (scale > 1) {
        if (scale < 1000 || scale > applied) {
          total *= scale;
          applied = Math.max(applied, scale);
        } else {
          break;
        }
        last = k;
        continue;
      }
      if (applied > 1
          && next.equals("and")
          && Fractions.wordFraction(v, k + 1, true) != null
          && !isScaleAfterFraction(v, k)) {
        Quantity half = Fractions.wordFraction(v, k + 1, true); // "3 million and a half"
        total += half.value() * applied;
        last = half.last();
        break;
      }
      int rest = next.equals("and") ? k + 1 : k;
      if (applied > 1 && rest > k && v.isWord(rest) && NumberWords.value(v.norm(rest)) != null) {
        Quantity more =
            SpelledQuantities.scan(v, rest); // "3 hundred and one", "6 crore and two hundred"
        if (more != null
            && more.kind() == Kind.COUNT
            && more.unit() == null
            && more.value() < applied) {
          total += more.value();
          last = more.last();
        }
        break;
      }
      if (applied > 1
          && isDecimal(v, rest)
          && (rest > k || NumberWords.isScale(v.norm(rest + 1)))) {
        // "3 hundred and 21", "4 thousand 3 hundred and 21"
        Quantity more = plain(v, rest, money);
        if (more.value() < applied && more.unit() == null) {
          total += more.value();
          last = more.last();
        }
      }
      break;
    }
    if (last + 1 < v.size() && isScaledCompound(v, last + 1)) {
      String[] parts = v.norm(last + 1).split("-", 2); // "a 1.8 billion-mile journey"
      return new Quantity(
          first,
          last + 1,
          total * NumberWords.scale(parts[0]),
          null,
          Kind.COUNT,
          UnitFinder.canonical(parts[1]));
    }
    return new Quantity(first, last, total, null, Kind.COUNT, null);
  }

  /**
   * A dash joining a number to "million", "billion" or "trillion" ("$3.2-million"), spaced alike on
   * both sides; smaller scales so joined name a unit count ("a 5-hundred" is rare) and are left.
   */
  private static boolean hyphenedScale(TokenView v, int dash) {
    String scale = v.norm(dash + 1);
    return v.isWord(dash + 1)
        && NumberWords.isScale(scale)
        && NumberWords.scale(scale) >= 1_000_000
        && v.touching(dash - 1) == v.touching(dash);
  }

  private static boolean isScaleAfterFraction(TokenView v, int and) {
    Quantity f = Fractions.wordFraction(v, and + 1, true);
    return f != null && v.isWord(f.last() + 1) && NumberWords.isScale(v.norm(f.last() + 1));
  }

  /** "billion-mile": a scale word joined to a unit. */
  static boolean isScaledCompound(TokenView v, int k) {
    String n = v.norm(k);
    int dash = n.indexOf('-');
    return v.isWord(k)
        && dash > 0
        && NumberWords.isScale(n.substring(0, dash))
        && !n.substring(0, dash).equals("dozen")
        && n.substring(dash + 1).chars().allMatch(Character::isLetter);
  }

  /** The scale written right after token {@code last} (a word or a short form), or 1. */
  private static long scaleAt(TokenView v, int last, boolean money) {
    int k = last + 1;
    String next = v.norm(k);
    if (!v.isWord(k)) {
      return 1;
    }
    if (NumberWords.isScale(next)) {
      return NumberWords.scale(next);
    }
    if (LOCAL_SCALES.containsKey(next)) {
      return LOCAL_SCALES.get(next);
    }
    if (DOZENS.contains(next)) {
      return 12;
    }
    if (SPACED_SCALES.contains(next)) {
      return SHORT_SCALES.get(next);
    }
    String text = v.text(k, k);
    boolean touching = v.touching(last);
    if (touching && (text.equals("MM") || (text.equals("T") && money))) {
      return text.equals("MM") ? 1_000_000L : 1_000_000_000_000L;
    }
    if (!touching && !(next.equals("k") && !v.isWord(k + 1))) {
      return 1;
    }
    Long scale = SHORT_SCALES.get(next);
    if (scale == null) {
      return 1;
    }
    boolean upperM = text.equals("M");
    boolean metres =
        next.equals("m")
            && !money
            && !upperM
            && (METRE_CONTEXT.contains(v.norm(k + 1)) || !v.isWord(k + 1));
    boolean bytes = next.equals("b") && !money && v.norm(last).indexOf('.') < 0;
    return metres || bytes ? 1 : scale;
  }

  /**
   * Powers written with a caret, all characters touching: "1.3x10^6" and "2.48×10−5" (times a power
   * of ten), "8x2^10", "2.5^-1"; or null.
   */
  private static Quantity power(TokenView v, int i, Digits d) {
    int k = d.last();
    double factor = 1;
    double base = d.value();
    String times = v.norm(k + 1);
    if (v.touching(k)
        && (times.equals("×") || times.equals("x"))
        && v.touching(k + 1)
        && isDecimal(v, k + 2)) {
      factor = d.value(); // "6.23 × 10 ^ -4" written together
      base = parse(v.norm(k + 2));
      k += 2;
    } else if (v.touching(k) && times.matches("x\\d+") && v.isWord(k + 1)) {
      factor = d.value(); // the tokenizer keeps "x10" as one word
      base = parse(times.substring(1));
      k += 1;
    }
    int caret = k + 1;
    boolean hat = v.norm(caret).equals("^") && v.touching(k) && v.touching(caret);
    boolean minusTen =
        factor != 1
            && base == 10
            && v.norm(caret).equals("-")
            && v.touching(k)
            && v.touching(caret);
    if (!hat && !minusTen) {
      return null;
    }
    int e = hat ? caret + 1 : caret;
    boolean negative = false;
    while (v.norm(e).equals("-") || v.norm(e).equals("+")) {
      negative ^= v.norm(e).equals("-");
      if (!v.touching(e)) {
        return null;
      }
      e++;
    }
    if (!v.isNumber(e) || !v.norm(e).matches("\\d{1,3}") || !v.touching(e - 1)) {
      return null;
    }
    double exponent = Integer.parseInt(v.norm(e)) * (negative ? -1 : 1);
    return new Quantity(i, e, factor * Math.pow(base, exponent), null, Kind.COUNT, null);
  }

  /**
   * The index of the last token of a scientific exponent after {@code last} ("e6", "e+14", "e-1").
   */
  private static int exponent(TokenView v, int last) {
    if (!v.touching(last) || !v.isWord(last + 1)) {
      return last;
    }
    String n = v.norm(last + 1);
    if (EXPONENT.matcher(n).matches() && !v.touching(last + 1)) {
      return last + 1;
    }
    String sign = v.norm(last + 2);
    if (n.equals("e")
        && v.touching(last + 1)
        && (sign.equals("+") || sign.equals("-"))
        && v.touching(last + 2)
        && v.isNumber(last + 3)
        && v.norm(last + 3).matches("\\d{1,3}")) {
      return last + 3;
    }
    return last;
  }

  private static int exponentValue(TokenView v, int last, int end) {
    if (end == last + 1) {
      return Integer.parseInt(v.norm(end).substring(1));
    }
    int e = Integer.parseInt(v.norm(end));
    return v.norm(last + 2).equals("-") ? -e : e;
  }

  /** True when tokens {@code i} and {@code i + 1} are set apart by exactly one space character. */
  private static boolean oneSpace(TokenView v, int i) {
    int gap = v.get(i + 1).start() - v.get(i).end();
    return gap == 1 && Character.isSpaceChar(v.body().charAt(v.get(i).end()));
  }

  /**
   * "30-40", "30 to 40", "20~100" and "$30-$40": the upper bound, with the lower bound taking its
   * scale when bare ("$2-3 million"). A high end not above the low end is no range ("3-1" is a
   * score); "$3 billion to $5 billion" is a range unless a move leads it ("rose $3bn to $5bn").
   */
  static Quantity range(TokenView v, Quantity low, boolean money) {
    int dash = low.last() + 1;
    String joint = v.norm(dash);
    boolean bare = low.first() == low.last();
    boolean joined = joinsRange(v, low, bare);
    int highStart = dash + 1;
    if (joined && MoneyScanner.isSign(v.norm(highStart))) {
      if (!money) {
        return low;
      }
      highStart++;
    }
    if (!joined || !isDecimal(v, highStart)) {
      return low;
    }
    Quantity high = plain(v, highStart, money);
    if (high.unit() != null) {
      return low;
    }
    double lowValue = low.value();
    double highDigits = digits(v, highStart).value();
    if (bare && high.value() != highDigits && highDigits != 0) {
      lowValue *= high.value() / highDigits;
    }
    if (high.value() <= lowValue) {
      return low;
    }
    return new Quantity(low.first(), high.last(), lowValue, high.value(), Kind.COUNT, null);
  }

  /**
   * True when the token after {@code low} joins it to a range's high end: "-", "~", or "to" unless
   * a move leads a written-out amount ("rose $3bn to $5bn" is a move to a level; "rose 3 to 5" is
   * not told apart, so a bare number keeps its range).
   */
  static boolean joinsRange(TokenView v, Quantity low, boolean bare) {
    String joint = v.norm(low.last() + 1);
    boolean moved =
        MOVES.contains(v.norm(low.first() - 1)) || MOVES.contains(v.norm(low.first() - 2));
    return joint.equals("-") || joint.equals("~") || (joint.equals("to") && (bare || !moved));
  }

  /** The scale a short form names ("m" a million, "bn" a billion), or null. */
  static Long shortScale(String norm) {
    return SHORT_SCALES.get(norm);
  }

  static double parse(String norm) {
    return Double.parseDouble(norm.replace(",", ""));
  }
}
