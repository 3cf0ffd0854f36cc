package org.storydiff.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;

/**
 * Numbers written out in one language ("zweiundzwanzig", "vingt-trois", "mil doscientos"), parsed
 * by ICU's spell-out rules ({@link RuleBasedNumberFormat#SPELLOUT}) rather than by word lists of
 * our own. Strict parsing is fast but German joins its numbers with soft hyphens ICU expects, so a
 * strictly parsed number that stops inside a token or before another number word is parsed again
 * leniently (about 5 ms a call against 0.1 ms, so only then). Only tokens that start with one of
 * the language's number words, as ICU itself spells them, are tried. Thread-safe: each thread
 * parses with its own formatters.
 */
final class SpelledNumbers {

  /** At most this many tokens in one written-out number ("cuatrocientos cincuenta y dos mil"). */
  private static final int MAX_TOKENS = 24;

  private final Locale locale;
  private final Set<String> connectors;
  private final TreeSet<String> starts;
  private final ThreadLocal<RuleBasedNumberFormat> strict;
  private final ThreadLocal<RuleBasedNumberFormat> lenient;

  /** Ordinals and partitives written as one word, folded, to their value: "veintemilesimos". */
  private final Map<String, Ordinal> oneWordOrdinals;

  /**
   * @param connectors words that join parts of one number ("und", "et", "y")
   * @param partitives endings that make a cardinal a denominator ("avo", "avos" in Spanish:
   *     "veintiunavos", "doscientosavos"); none in most languages
   */
  SpelledNumbers(Locale locale, List<String> connectors, Set<String> partitives) {
    this.locale = locale;
    this.connectors = Set.copyOf(connectors);
    ULocale u = ULocale.forLocale(locale);
    this.strict =
        ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(u, RuleBasedNumberFormat.SPELLOUT));
    this.lenient =
        ThreadLocal.withInitial(
            () -> {
              RuleBasedNumberFormat f =
                  new RuleBasedNumberFormat(u, RuleBasedNumberFormat.SPELLOUT);
              f.setLenientParseMode(true);
              return f;
            });
    this.starts = numberWords(new RuleBasedNumberFormat(u, RuleBasedNumberFormat.SPELLOUT));
    this.oneWordOrdinals =
        oneWordOrdinals(new RuleBasedNumberFormat(u, RuleBasedNumberFormat.SPELLOUT), partitives);
  }

  /** An ordinal's value, and whether it is written in the plural. */
  record Ordinal(long value, boolean plural) {}

  /**
   * The ordinal or partitive that the single word {@code word} spells, as ICU spells ordinals with
   * the spaces between their parts left out ("dosmillonésimos", "vingtième", "zweiten"), the
   * leading one of a power left out ("billonésimo"), or as a cardinal with a partitive ending
   * ("veintiunavos", "treintavos", "cincoavos"); null for any other word.
   */
  Ordinal oneWordOrdinal(String word) {
    return word.isEmpty() ? null : oneWordOrdinals.get(squeeze(word.toLowerCase(locale)));
  }

  /**
   * Every ordinal ICU spells for 1 to 100, the hundreds, the thousands up to a million and the
   * powers of a thousand up to 10^12 (with two to nine of each), and the cardinals of those with
   * each partitive ending, with or without the cardinal's last vowel ("treinta" + "avo" is
   * "treintavo").
   */
  private Map<String, Ordinal> oneWordOrdinals(RuleBasedNumberFormat f, Set<String> partitives) {
    List<Long> values = new ArrayList<>();
    for (long v = 1; v <= 1000; v++) {
      values.add(v);
    }
    for (long v = 2000; v <= 1_000_000; v += v < 100_000 ? 1000 : 100_000) {
      values.add(v);
    }
    for (long p = 1_000_000; p <= 1_000_000_000_000L; p *= 1000) {
      for (long k = 1; k <= 9; k++) {
        values.add(k * p);
      }
    }
    Map<String, Ordinal> out = new HashMap<>();
    for (String ruleSet : f.getRuleSetNames()) {
      boolean ordinal = ruleSet.startsWith("%spellout-ordinal");
      boolean cardinal = ruleSet.startsWith("%spellout-cardinal");
      if (!ordinal && !(cardinal && !partitives.isEmpty())) {
        continue;
      }
      for (long v : values) {
        if (v > 100 && v % 100 != 0) {
          continue; // "cientocincoavos" (1/105): English reads "one hundred fifths" as 100/5
        }
        String spelled = f.format(v, ruleSet).toLowerCase(locale);
        List<String> forms = new ArrayList<>(List.of(squeeze(spelled)));
        String[] parts = spelled.split(" ");
        if (parts.length == 2 && isPowerOfThousand(v)) {
          forms.add(squeeze(parts[1])); // "billonésimo" for "un billonésimo"
        }
        for (String form : forms) {
          if (ordinal) {
            out.putIfAbsent(form, new Ordinal(v, ruleSet.endsWith("-plural")));
            continue;
          }
          String clipped = form.replaceFirst("[aeiou]$", "");
          for (String ending : partitives) {
            boolean plural = ending.endsWith("s");
            out.putIfAbsent(form + ending, new Ordinal(v, plural));
            out.putIfAbsent(clipped + ending, new Ordinal(v, plural));
          }
        }
      }
    }
    return Map.copyOf(out);
  }

  private static boolean isPowerOfThousand(long v) {
    long p = 1000;
    while (p < v) {
      p *= 1000;
    }
    return p == v;
  }

  /**
   * A written-out number: its last token and its value; {@code ordinal} when the words are an
   * ordinal as ICU spells them ("troisième", "zweiten", "vingt-cinquièmes"), which ICU parses to
   * the same value as the cardinal; {@code plural} when such an ordinal is written in the plural.
   */
  record Read(int last, double value, boolean ordinal, boolean plural) {}

  /** The number written out from token {@code i} of a sentence, or null. */
  Read read(String body, List<Token> tokens, int i) {
    if (!startsNumber(tokens, i)) {
      return null;
    }
    int end = i;
    while (end + 1 < tokens.size() && end + 1 - i < MAX_TOKENS) {
      int k = end + 1;
      if (startsNumber(tokens, k)) {
        end = k;
      } else if ((isConnector(tokens.get(k)) || tokens.get(k).norm().equals("-"))
          && startsNumber(tokens, k + 1)) {
        end = k + 1;
      } else {
        break;
      }
    }
    for (int last = end; last >= i; last--) {
      Read r = parseWhole(body, tokens, i, last);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Tokens {@code [i, last]} read as one number, or null when the parse stops short of them. */
  private Read parseWhole(String body, List<Token> tokens, int i, int last) {
    if (isConnector(tokens.get(last)) || !tokens.get(last).isWord()) {
      return null;
    }
    String text = body.substring(tokens.get(i).start(), tokens.get(last).end()).toLowerCase(locale);
    ParsePosition p = new ParsePosition(0);
    Number n = strict.get().parse(text, p);
    if (n != null && p.getIndex() == text.length()) {
      return read(text, last, n);
    }
    // Lenient parsing is slow: only when the strict parse stopped before another number word
    // ("zwei|undzwanzig", "drei|hundert", "vingt| trois"), never for "ein|fach" or "dix|ième".
    String rest = text.substring(p.getIndex()).replaceFirst("^[\\s\\-\u00ad]+", "");
    if (p.getIndex() == 0 || !startsNumber(rest) && !startsWithConnector(rest)) {
      return null;
    }
    p = new ParsePosition(0);
    n = lenient.get().parse(text, p);
    if (n != null && p.getIndex() == text.length()) {
      return read(text, last, n);
    }
    // ICU wants the plural of a multiplied hundred or score ("deux cents", "quatre-vingts") that
    // writers drop when a number is said alone or before a decimal ("deux cent virgule trois").
    String plural = text + "s";
    p = new ParsePosition(0);
    n = strict.get().parse(plural, p);
    return n != null && p.getIndex() == plural.length() ? read(text, last, n) : null;
  }

  private Read read(String text, int last, Number n) {
    String ordinal = ordinalRuleSet(text, n);
    return new Read(
        last, n.doubleValue(), ordinal != null, ordinal != null && ordinal.endsWith("-plural"));
  }

  /**
   * The ordinal rule set that spells {@code n} as {@code text} (ignoring case, accents and the
   * spaces, hyphens and soft hyphens between its parts), or null when the text is no ordinal.
   */
  private String ordinalRuleSet(String text, Number n) {
    if (n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1) {
      return null;
    }
    String written = squeeze(text);
    RuleBasedNumberFormat f = strict.get();
    for (String ruleSet : f.getRuleSetNames()) {
      if (ruleSet.startsWith("%spellout-ordinal")
          && squeeze(f.format(n.longValue(), ruleSet).toLowerCase(locale)).equals(written)) {
        return ruleSet;
      }
    }
    return null;
  }

  private static String squeeze(String text) {
    return fold(text).replaceAll("[\\s\\-\u00ad]+", "");
  }

  private boolean startsWithConnector(String text) {
    return connectors.stream().anyMatch(c -> text.startsWith(c) && text.length() > c.length());
  }

  private boolean isConnector(Token t) {
    return t.isWord() && connectors.contains(t.norm());
  }

  private boolean startsNumber(List<Token> tokens, int k) {
    return k < tokens.size()
        && tokens.get(k).type() == TokenType.WORD
        && startsNumber(tokens.get(k).norm());
  }

  private boolean startsNumber(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String n = fold(word);
    String floor = starts.floor(n);
    // Any number word that is a prefix of n sorts at or below it; check the nearest few.
    for (String w = floor; w != null && n.charAt(0) == w.charAt(0); w = starts.lower(w)) {
      if (n.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words ICU spells numbers with in this language (0 to 100, the hundreds, and the powers of a
   * thousand up to 10^12, singular and plural, all genders), folded, so the words tried are those
   * ICU would read.
   */
  private TreeSet<String> numberWords(RuleBasedNumberFormat f) {
    List<Long> values = new ArrayList<>();
    for (long v = 0; v <= 100; v++) {
      values.add(v);
    }
    for (long v = 200; v <= 1000; v += 100) {
      values.add(v);
    }
    for (long p = 1000; p <= 1_000_000_000_000L; p *= 1000) {
      values.add(p);
      values.add(2 * p);
    }
    TreeSet<String> words = new TreeSet<>();
    for (String ruleSet : f.getRuleSetNames()) {
      if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.equals("%spellout-numbering")) {
        continue;
      }
      for (long v : values) {
        for (String w : f.format(v, ruleSet).toLowerCase(locale).split("[\\s\\-\\u00ad]+")) {
          if (w.length() >= 2 && !connectors.contains(w)) {
            words.add(fold(w));
          }
        }
      }
    }
    return words;
  }

  /** Without accents and with German umlauts as plain vowels, so "fünf" and "fuenf" both start. */
  private static String fold(String w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ß", "ss");
  }
}
