package org.storydiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storydiff.model.Token;
import org.storydiff.text.LanguageResources;
import org.storydiff.text.SentenceTokenizer;

/**
 * How one language other than English writes figures, read from its resource {@code
 * org/storydiff/lang/<tag>.json}: the decimal separator ("3,5 %") and digit grouping ("1.250", "1
 * 250"), the currency signs written after the amount ("94.000 $"), and glosses that map the
 * language's hedges, scales, currencies, units and joining words onto the words of the figure
 * grammar, which is written once, in English ("mehr als" → "more than", "Milliarden" → "billion",
 * "millones de" → "million"). Spelled-out numbers are ICU's ({@link SpelledNumbers}). A new
 * language is a resource and its tests, not code. Immutable and thread-safe.
 *
 * @param tag the primary language subtag, lower case ("de")
 * @param decimal the decimal separator; the other of '.' and ',' groups digits
 * @param glosses source phrases (lower-case tokens as the tokenizer normalizes them) to the grammar
 *     words they stand for
 * @param signsAfter currency signs written after an amount, to the currency word the grammar reads
 * @param fractionOf the words that join a fraction to what it is of ("un quinto de", "ein Viertel
 *     der"), read as "of" there only
 * @param spelledJoins how spelled numbers are joined: {@code and}, a whole to a fraction ("cinq et
 *     un quart", "ciento tres con dos tercios"); {@code point}, a whole to its decimals said as a
 *     number ("siete con cincuenta", "deux cent virgule trois"); {@code over}, a ratio ("un sur
 *     trois", "1 sobre 20"); each read so only between spelled numbers (or a ratio's numbers)
 */
record FigureLanguage(
    String tag,
    char decimal,
    Map<List<String>, List<String>> glosses,
    int longestGloss,
    Map<String, String> signsAfter,
    SpelledNumbers spelled,
    ClockWords clock,
    Set<String> fractionOf,
    SpelledJoins spelledJoins) {

  /** The written words (lower case) that join spelled numbers; see {@code spelledJoins}. */
  record SpelledJoins(Set<String> and, Set<String> point, Set<String> over) {}

  /**
   * How the language writes clock times: a number before one of {@code always} is a time ("7 h 52",
   * "3.40 Uhr"); before one of {@code withMinutes} it is one when it has minutes ("15.20 horas") or
   * follows one of {@code after} ("à 15 heures", "a las 15 horas"), else a duration.
   */
  record ClockWords(Set<String> always, Set<String> withMinutes, Set<String> after) {}

  /** The languages that have a resource; English needs none (the grammar is English). */
  private static final Map<String, FigureLanguage> SUPPORTED = load();

  /**
   * The reading of {@code languageTag} ("de", "fr-CH", "ES"), or null for English, an absent tag,
   * or a language without a resource, all of which are read as English.
   */
  static FigureLanguage of(String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      return null;
    }
    String primary = languageTag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return SUPPORTED.get(primary);
  }

  /** The tags of the languages read with a resource, sorted. */
  static List<String> supported() {
    return SUPPORTED.keySet().stream().sorted().toList();
  }

  private static Map<String, FigureLanguage> load() {
    Map<String, FigureLanguage> out = new HashMap<>();
    for (String tag : LanguageResources.SUPPORTED) {
      out.put(tag, read(tag, LanguageResources.of(tag)));
    }
    return Map.copyOf(out);
  }

  private static FigureLanguage read(String tag, JsonNode root) {
    String path = "org/storydiff/lang/" + tag + ".json";
    Locale locale = Locale.forLanguageTag(tag);
    Map<List<String>, List<String>> glosses = new HashMap<>();
    int longest = 1;
    // Sections (hedges, scales, currencies, units, ...) only group the entries for readers.
    for (Iterator<JsonNode> sections = root.get("glosses").elements(); sections.hasNext(); ) {
      for (Iterator<Map.Entry<String, JsonNode>> e = sections.next().fields(); e.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = e.next();
        List<String> source = tokens(entry.getKey());
        List<String> target = words(entry.getValue().asText());
        if (source.isEmpty() || target.isEmpty() || glosses.put(source, target) != null) {
          throw new IllegalStateException(path + ": empty or repeated gloss " + entry.getKey());
        }
        longest = Math.max(longest, source.size());
      }
    }
    Map<String, String> signs = new HashMap<>();
    root.get("signsAfterAmount")
        .fields()
        .forEachRemaining(e -> signs.put(e.getKey(), e.getValue().asText()));
    String decimal = root.get("decimalSeparator").asText();
    if (!decimal.equals(",") && !decimal.equals(".")) {
      throw new IllegalStateException(path + ": decimalSeparator must be \",\" or \".\"");
    }
    List<String> connectors = new ArrayList<>();
    root.get("spelledConnectors").forEach(n -> connectors.add(n.asText()));
    return new FigureLanguage(
        tag,
        decimal.charAt(0),
        Map.copyOf(glosses),
        longest,
        Map.copyOf(signs),
        new SpelledNumbers(
            locale, connectors, LanguageResources.optionalStrings(root, "fractions", "partitive")),
        new ClockWords(
            LanguageResources.strings(root, "clockTimes", "always"),
            LanguageResources.strings(root, "clockTimes", "withMinutes"),
            LanguageResources.strings(root, "clockTimes", "after")),
        LanguageResources.strings(root, "fractions", "of"),
        new SpelledJoins(
            LanguageResources.optionalStrings(root, "fractions", "and"),
            LanguageResources.optionalStrings(root, "fractions", "point"),
            LanguageResources.optionalStrings(root, "fractions", "over")));
  }

  /** A source phrase as the tokenizer reads it: "ca." is "ca" and ".", "jusqu'à" one token. */
  private static List<String> tokens(String phrase) {
    return SentenceTokenizer.ofText(phrase).all().stream().map(Token::norm).toList();
  }

  private static List<String> words(String phrase) {
    return Arrays.stream(phrase.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
