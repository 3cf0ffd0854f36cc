package org.storydiff.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Normalizes an input {@code language} value to a lower-case ISO 639-1 code: "de-AT", "FR",
 * "es_MX", "fra", "fre" and "French" all become a two-letter code. A value it cannot map is kept,
 * lower-cased and cut at its first subtag, never rejected: the field is free text in the contract.
 * Thread-safe.
 */
public final class LanguageTags {

  /** ISO 639-2 terminology (Java's) and bibliographic codes, and English names, to ISO 639-1. */
  private static final Map<String, String> TO_639_1 = table();

  private LanguageTags() {}

  /**
   * The code for {@code value}, or null when it is null or blank.
   *
   * @param value a language tag or name as given in the input; may be null
   */
  public static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    String whole = TO_639_1.get(lower);
    if (whole != null) {
      return whole;
    }
    String primary = lower.split("[-_\\s]", 2)[0];
    return TO_639_1.getOrDefault(primary, primary);
  }

  private static Map<String, String> table() {
    Map<String, String> out = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      if (two.length() != 2) {
        continue;
      }
      Locale locale = Locale.forLanguageTag(two);
      out.put(two, two);
      try {
        out.putIfAbsent(locale.getISO3Language(), two);
      } catch (MissingResourceException e) {
        // No three-letter code known for it: the two-letter code still maps to itself.
      }
      String name = locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals(two)) {
        out.putIfAbsent(name, two);
      }
    }
    // ISO 639-2/B codes that differ from the /T codes Java knows, as library catalogues write them.
    String[][] bibliographic = {
      {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"},
      {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"},
      {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"},
      {"tib", "bo"}, {"wel", "cy"}
    };
    for (String[] pair : bibliographic) {
      out.put(pair[0], pair[1]);
    }
    return Map.copyOf(out);
  }
}
