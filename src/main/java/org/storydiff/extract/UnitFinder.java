package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.NumberWords;
import org.storydiff.text.StopWords;

/**
 * Names what a count counts: the noun phrase after the number (lower-case, at most three words,
 * stopping at verbs and prepositions) plus the outcome the sentence gives it. Outcomes are
 * normalized so that "35 people were killed", "killed 35 people" and "35 people died" all give
 * "people killed", and "130 wounded" and "130 hurt" both give "wounded". Units of measure get one
 * spelling ("64 kilometres" and "64 km" both give "km", "256GB" gives "GB"). Stateless and
 * thread-safe.
 */
public final class UnitFinder {

  private static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry("killed", "killed"),
          Map.entry("dead", "killed"),
          Map.entry("died", "killed"),
          Map.entry("killing", "killed"),
          Map.entry("kills", "killed"),
          Map.entry("wounded", "wounded"),
          Map.entry("injured", "wounded"),
          Map.entry("hurt", "wounded"),
          Map.entry("wounding", "wounded"),
          Map.entry("injuring", "wounded"),
          Map.entry("missing", "missing"),
          Map.entry("arrested", "arrested"),
          Map.entry("detained", "arrested"),
          Map.entry("displaced", "displaced"),
          Map.entry("evacuated", "evacuated"));
  private static final int MODIFIER_WORDS = 8;

  /** One spelling per unit of measure, so that versions writing "km" and "kilometres" agree. */
  private static final Map<String, String> MEASURES =
      Map.ofEntries(
          Map.entry("km", "km"),
          Map.entry("kms", "km"),
          Map.entry("kilometres", "km"),
          Map.entry("kilometre", "km"),
          Map.entry("kilometers", "km"),
          Map.entry("kilometer", "km"),
          Map.entry("m", "m"),
          Map.entry("metres", "m"),
          Map.entry("metre", "m"),
          Map.entry("meters", "m"),
          Map.entry("meter", "m"),
          Map.entry("cm", "cm"),
          Map.entry("centimetres", "cm"),
          Map.entry("centimeters", "cm"),
          Map.entry("mm", "mm"),
          Map.entry("millimetres", "mm"),
          Map.entry("millimeters", "mm"),
          Map.entry("kg", "kg"),
          Map.entry("kgs", "kg"),
          Map.entry("kilograms", "kg"),
          Map.entry("kilogram", "kg"),
          Map.entry("kilos", "kg"),
          Map.entry("g", "g"),
          Map.entry("grams", "g"),
          Map.entry("miles", "miles"),
          Map.entry("mile", "miles"),
          Map.entry("mph", "mph"),
          Map.entry("kph", "km/h"),
          Map.entry("feet", "feet"),
          Map.entry("foot", "feet"),
          Map.entry("ft", "feet"),
          Map.entry("tonnes", "tonnes"),
          Map.entry("tonne", "tonnes"),
          Map.entry("hectares", "hectares"),
          Map.entry("hectare", "hectares"),
          Map.entry("ha", "hectares"),
          Map.entry("gb", "GB"),
          Map.entry("mb", "MB"),
          Map.entry("tb", "TB"),
          Map.entry("kw", "kW"),
          Map.entry("kwh", "kWh"),
          Map.entry("mw", "MW"),
          Map.entry("mwh", "MWh"),
          Map.entry("gw", "GW"),
          Map.entry("gwh", "GWh"),
          Map.entry("kilowatts", "kW"),
          Map.entry("megawatts", "MW"),
          Map.entry("gigawatts", "GW"),
          Map.entry("hp", "hp"),
          Map.entry("bhp", "bhp"),
          Map.entry("mbps", "Mbps"),
          Map.entry("gbps", "Gbps"),
          Map.entry("ghz", "GHz"),
          Map.entry("mhz", "MHz"),
          Map.entry("khz", "kHz"),
          Map.entry("hz", "Hz"),
          Map.entry("nm", "Nm"),
          Map.entry("mpg", "mpg"),
          Map.entry("l", "l"),
          Map.entry("bps", "basis points"),
          Map.entry("bp", "basis points"),
          Map.entry("megawatt", "MW"),
          Map.entry("kilowatt", "kW"),
          Map.entry("gigawatt", "GW"),
          Map.entry("kmh", "km/h"),
          Map.entry("litres", "l"),
          Map.entry("liters", "l"),
          Map.entry("litre", "l"),
          Map.entry("liter", "l"));

  /** True when {@code unit} is a unit of measure as this class spells it ("km", "GB", "GHz"). */
  public static boolean isUnitOfMeasure(String unit) {
    return MEASURES.containsValue(unit);
  }

  /** Words between the number and what it counts that belong to neither: "one of the hostages". */
  private static final Set<String> OF_DETERMINERS =
      Set.of(
          "the", "its", "their", "his", "her", "our", "all", "these", "those", "this", "that", "a",
          "an", "my", "your");

  /** Words between a noun phrase and its outcome: "were", "have been", "are feared". */
  private static final Set<String> LINKS =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "have",
          "has",
          "had",
          "been",
          "be",
          "being",
          "reportedly",
          "also",
          "later",
          "confirmed",
          "now",
          "all",
          "believed",
          "feared",
          "thought",
          "left",
          "reported",
          "still",
          "officially",
          "either");

  private static final Set<String> PLURALS =
      Set.of(
          "people",
          "children",
          "police",
          "men",
          "women",
          "staff",
          "personnel",
          "cattle",
          "sheep",
          "troops",
          "militia",
          "youth",
          "civilians",
          "km",
          "kg",
          "mph",
          "feet");

  /** Common irregular or short verbs that the "-ed"/"-ing" test misses. */
  private static final Set<String> NOUN_STOPS =
      Set.of(
          "people's",
          "last",
          "next",
          "this",
          "ago",
          "earlier",
          "later",
          "so",
          "far",
          "total",
          "hit",
          "struck",
          "shook",
          "left",
          "took",
          "made",
          "came",
          "went",
          "got",
          "began",
          "fell",
          "rose",
          "remain",
          "remained",
          "face",
          "faced",
          "lost",
          "won",
          "held",
          "fled",
          "ran",
          "say",
          "saw",
          "gave",
          "met",
          "lay",
          "sat",
          "stood",
          "became",
          "include",
          "including",
          "goes",
          "comes",
          "says",
          "makes",
          "takes",
          "gets",
          "remains",
          "seems",
          "needs",
          "faces",
          "holds",
          "means",
          "abroad",
          "overseas",
          "away",
          "apiece",
          "each",
          "alone",
          "altogether",
          "nationwide",
          "worldwide",
          "respectively",
          "instead",
          "too",
          "ahead",
          "behind",
          "apart",
          "overnight",
          "today",
          "yesterday",
          "tonight");

  /**
   * Modifiers between a number and its noun that say nothing about what is counted: "100 new
   * cases".
   */
  private static final Set<String> SKIPPED_MODIFIERS =
      Set.of(
          "new",
          "more",
          "other",
          "total", // "10 total games"
          "further",
          "extra",
          // adverbs before a participle: "13 fully loaded magazines" counts magazines
          "fully",
          "newly",
          "partially",
          "completely",
          "heavily",
          "seriously",
          "critically",
          "severely",
          "slightly",
          "badly",
          "mostly",
          "largely");

  /**
   * A count's unit (null when nothing names it) and the index of the last token of the phrase it
   * was read from, so the figure's span can cover "at least 35 people".
   */
  record Unit(String unit, int phraseEnd) {}

  /** The unit of a count whose qualifier (if any) starts at {@code lead}. */
  Unit find(TokenView v, Quantity q, int lead) {
    int k = q.last() + 1;
    Unit fixed = fixedUnit(v, q, k);
    if (fixed != null) {
      return fixed;
    }
    if (v.isWord(k) && isMeasure(v.norm(k))) {
      return new Unit(
          canonical(v.norm(k)), k); // "100m final", "64 km long": the measure is the unit
    }
    boolean wholeSkipped = false;
    if (v.norm(k).equals("out") && v.norm(k + 1).equals("of") && anyNumber(v, k + 2)) {
      k++; // "three out of four lines": the whole counts what the part does
    }
    if (v.norm(k).equals("of") && v.isWord(k + 1)) {
      k++;
      while (OF_DETERMINERS.contains(v.norm(k))
          || (v.norm(k).endsWith("'s") && (v.isWord(k + 1) || anyNumber(v, k + 1)))
          || pluralPossessive(v, k)) {
        k += pluralPossessive(v, k) ? 2 : 1;
      }
      if (isWholeOf(v, k, q) && v.isWord(k + 1) && isNounWord(v, k + 1, true)) {
        k++; // "10 of the club's 16 games", "three out of four lines"
        wholeSkipped = true;
      }
    }
    String outcome = OUTCOMES.get(v.norm(k));
    if (outcome != null) {
      return new Unit(outcome, k);
    }
    List<String> noun = new ArrayList<>();
    int after = nounPhrase(v, k, noun);
    outcome = outcomeAfter(v, after);
    if (outcome == null) {
      outcome = outcomeBefore(v, lead, noun.isEmpty());
    }
    if (outcome == null && !noun.isEmpty()) {
      outcome = outcomeAfterModifier(v, after);
    }
    if (noun.isEmpty()) {
      return new Unit(outcome, q.last());
    }
    if (noun.size() == 1) {
      noun.set(0, canonical(noun.get(0)));
    }
    String phrase = String.join(" ", noun);
    // the whole is a figure of its own: the part's span stops before it
    int end = wholeSkipped ? q.last() : after - 1;
    return new Unit(outcome == null ? phrase : phrase + " " + outcome, end);
  }

  /** One spelling of a unit of measure ("kilometres" gives "km"), or the word itself. */
  static String canonical(String word) {
    return MEASURES.getOrDefault(word, word);
  }

  static boolean isMeasure(String word) {
    return MEASURES.containsKey(word);
  }

  private static boolean anyNumber(TokenView v, int k) {
    return v.isNumber(k) || NumberWords.isNumberWord(v.norm(k));
  }

  /** Token {@code k} is a number larger than {@code q}'s: "10 of 16", not "12 of one family". */
  private static boolean isWholeOf(TokenView v, int k, Quantity q) {
    Integer word = NumberWords.value(v.norm(k));
    double whole =
        DigitNumbers.isDecimal(v, k) ? DigitNumbers.parse(v.norm(k)) : word == null ? 0 : word;
    return whole > q.value();
  }

  /** "the Saints' 16 games": a plural's possessive, its apostrophe a token of its own. */
  private static boolean pluralPossessive(TokenView v, int k) {
    return v.isWord(k)
        && v.norm(k).endsWith("s")
        && v.norm(k + 1).equals("'")
        && v.touching(k)
        && (v.isWord(k + 2) || anyNumber(v, k + 2));
  }

  /**
   * Units read from the characters around the number rather than a noun phrase: a compound
   * ("12-hour", "6.2-magnitude"), a degree sign ("41°C"), "km/h", or a preceding "magnitude".
   */
  private static Unit fixedUnit(TokenView v, Quantity q, int k) {
    String before =
        v.norm(q.first() - 1).equals("of") ? v.norm(q.first() - 2) : v.norm(q.first() - 1);
    if (before.equals("magnitude")) {
      return new Unit("magnitude", q.last());
    }
    if (v.norm(k).equals("magnitude")) {
      return new Unit("magnitude", k); // "a 6.4 magnitude tremor"
    }
    if (v.norm(k).equals("-") && !v.touching(q.last()) && v.norm(k + 1).equals("magnitude")) {
      return new Unit("magnitude", k + 1); // scraped "a 6. 1 - magnitude quake"
    }
    if (v.norm(k).equals("-")
        && v.touching(q.last())
        && v.touching(k)
        && v.isWord(k + 1)
        && !NumberWords.isNumberWord(v.norm(k + 1))) {
      return new Unit(canonical(v.norm(k + 1)), k + 1);
    }
    if (v.norm(k).equals("°")) {
      boolean scale = v.touching(k) && (v.norm(k + 1).equals("c") || v.norm(k + 1).equals("f"));
      return scale
          ? new Unit("°" + v.norm(k + 1).toUpperCase(java.util.Locale.ROOT), k + 1)
          : new Unit("degrees", k);
    }
    if (v.touching(q.last())
        && v.isWord(k)
        && (v.text(k, k).equals("C") || v.text(k, k).equals("F"))) {
      return new Unit("°" + v.norm(k).toUpperCase(java.util.Locale.ROOT), k); // "-8C", "95F"
    }
    if (v.norm(k).startsWith("degree")
        && (v.norm(k + 1).equals("celsius") || v.norm(k + 1).equals("fahrenheit"))) {
      return new Unit("°" + (v.norm(k + 1).equals("celsius") ? "C" : "F"), k + 1);
    }
    if (v.norm(k).equals("km")
        && v.norm(k + 1).equals("/")
        && v.norm(k + 2).equals("h")
        && v.touching(k + 1)) {
      return new Unit("km/h", k + 2);
    }
    return null;
  }

  /**
   * Collects the noun-phrase words from {@code k} and keeps the last three, where its head noun is
   * ("three major underwater data lines" counts "underwater data lines"); returns the index after
   * them. Without a part-of-speech tagger, a plural ends the phrase unless another plural follows
   * ("police officers", "crew members"), which keeps the verb out of "90 miners remain missing".
   */
  private static int nounPhrase(TokenView v, int k, List<String> noun) {
    if (SKIPPED_MODIFIERS.contains(v.norm(k)) && v.isWord(k + 1) && isNounWord(v, k + 1, true)) {
      k++;
    }
    while (noun.size() < MAX_PHRASE_WORDS && v.isWord(k) && isNounWord(v, k, noun.isEmpty())) {
      if (!noun.isEmpty() && isPlural(noun.get(noun.size() - 1)) && !isPlural(v.norm(k))) {
        break;
      }
      if (!noun.isEmpty() && v.norm(k).endsWith("'s")) {
        if (!v.isWord(k + 1) || !isNounWord(v, k + 1, false)) {
          break;
        }
        noun.clear(); // "half of Ann Lee's meetings": the possessor only says whose
        k++;
        continue;
      }
      if (noun.isEmpty() && SPACED_PREFIXES.contains(v.norm(k)) && spacedHyphen(v, k)) {
        noun.add(v.norm(k) + "-" + v.norm(k + 2)); // scraped "three co - workers"
        k += 3;
        continue;
      }
      noun.add(v.norm(k));
      k++;
    }
    if (noun.size() > 3) {
      noun.subList(0, noun.size() - 3).clear();
    }
    return k;
  }

  /** Words read past the first noun word looking for the head; three of them are kept. */
  private static final int MAX_PHRASE_WORDS = 5;

  /** Prefixes that scraped copy spaces from their word with the hyphen ("co - workers"). */
  private static final Set<String> SPACED_PREFIXES =
      Set.of("co", "ex", "non", "self", "anti", "vice", "multi", "pre", "post");

  private static boolean spacedHyphen(TokenView v, int k) {
    return v.norm(k + 1).equals("-")
        && !v.touching(k)
        && v.isWord(k + 2)
        && isNounWord(v, k + 2, false); // not "co - founded"
  }

  static boolean isPlural(String word) {
    return PLURALS.contains(word)
        || (word.length() > 3
            && word.endsWith("s")
            && !word.endsWith("ss")
            && !word.endsWith("us")
            && !word.endsWith("is"));
  }

  private static boolean isNounWord(TokenView v, int k, boolean firstWord) {
    String n = v.norm(k);
    if (StopWords.contains(n)
        || NOUN_STOPS.contains(n)
        || OUTCOMES.containsKey(n)
        || NumberWords.isNumberWord(n)
        || CalendarWords.weekday(n) != null
        || (CalendarWords.month(n) != null && v.isCapitalized(k))) {
      return false;
    }
    boolean verbLike = n.endsWith("ed") || n.endsWith("ing");
    return firstWord || !verbLike;
  }

  private static String outcomeAfter(TokenView v, int k) {
    for (int skipped = 0; skipped <= 4; skipped++, k++) {
      String n = v.norm(k);
      if (OUTCOMES.containsKey(n)) {
        return OUTCOMES.get(n);
      }
      if (!LINKS.contains(n)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "400 people living near the port had been evacuated": past a modifier of the noun, an outcome
   * right after a link word ("were", "had been") within a few words, stopping at punctuation or
   * another number so a second count's outcome is never borrowed.
   */
  private static String outcomeAfterModifier(TokenView v, int k) {
    for (int end = k + MODIFIER_WORDS; k < end && v.isWord(k); k++) {
      if (OUTCOMES.containsKey(v.norm(k)) && k > 0 && LINKS.contains(v.norm(k - 1))) {
        return OUTCOMES.get(v.norm(k));
      }
    }
    return null;
  }

  /** "killed at least 35 people", "killing 35"; a bare number after a "toll" counts the dead. */
  private static String outcomeBefore(TokenView v, int lead, boolean bare) {
    String before = v.norm(lead - 1);
    if (OUTCOMES.containsKey(before) && v.isWord(lead - 1)) {
      return OUTCOMES.get(before);
    }
    if (bare) {
      for (int k = lead - 1; k >= Math.max(0, lead - 6); k--) {
        if (v.norm(k).equals("toll")) {
          return "killed";
        }
      }
    }
    return null;
  }
}
