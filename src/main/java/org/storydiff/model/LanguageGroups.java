package org.storydiff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The versions of one story split by language: statements are compared only within a language
 * (sentence alignment is lexical, and a translation shares names and numbers but not words), so
 * alignment and findings run once per language. An article with no language is one group of its own
 * kind (""), as before languages were read.
 */
public final class LanguageGroups {

  private LanguageGroups() {}

  /**
   * The versions grouped by {@link Article#language()}, groups in language order, versions in input
   * order; one group when all share a language.
   */
  public static List<List<AnalyzedArticle>> of(List<AnalyzedArticle> versions) {
    Map<String, List<AnalyzedArticle>> byLanguage = new TreeMap<>();
    for (AnalyzedArticle v : versions) {
      String language = codeOf(v.article().language());
      byLanguage.computeIfAbsent(language == null ? "" : language, k -> new ArrayList<>()).add(v);
    }
    if (byLanguage.size() <= 2 && byLanguage.containsKey("")) {
      return List.of(versions);
    }
    return List.copyOf(byLanguage.values());
  }

  /**
   * The language code a tag names ("de" for "de" or "de-DE"), or null when the tag is missing or is
   * no language code (input kept as given, however odd): such a version is of unknown language.
   */
  public static String codeOf(String tag) {
    if (tag == null) {
      return null;
    }
    if (tag.length() == 2
        && tag.charAt(0) >= 'a'
        && tag.charAt(0) <= 'z'
        && tag.charAt(1) >= 'a'
        && tag.charAt(1) <= 'z') {
      return tag; // what ingest writes, nearly always: no need to parse
    }
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return CODE.matcher(primary).matches() ? primary : null;
  }

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
}
