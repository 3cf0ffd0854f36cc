package org.storydiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storydiff.model.Token;
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
 */
record FigureLanguage(
    String tag,
    char decimal,
    Map<List<String>, List<String>> glosses,
    int longestGloss,
    Map<String, String> signsAfter,
    SpelledNumbers spelled) {

  /** The languages that have a resource; English needs none (the grammar is English). */
  private static final Map<String, FigureLanguage> SUPPORTED = load("de", "fr", "es");

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

  private static Map<String, FigureLanguage> load(String... tags) {
    Map<String, FigureLanguage> out = new HashMap<>();
    for (String tag : tags) {
      out.put(tag, read(tag));
    }
    return Map.copyOf(out);
  }

  private static FigureLanguage read(String tag) {
    String path = "/org/storydiff/lang/" + tag + ".json";
    try (InputStream in = FigureLanguage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("language resource missing from the jar: " + path);
      }
      JsonNode root = new ObjectMapper().readTree(in);
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
          new SpelledNumbers(locale, connectors));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language resource " + path, e);
    }
  }

  /** A source phrase as the tokenizer reads it: "ca." is "ca" and ".", "jusqu'à" one token. */
  private static List<String> tokens(String phrase) {
    return SentenceTokenizer.ofText(phrase).all().stream().map(Token::norm).toList();
  }

  private static List<String> words(String phrase) {
    return Arrays.stream(phrase.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
