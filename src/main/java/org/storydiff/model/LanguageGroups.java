package org.storydiff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
      byLanguage.computeIfAbsent(languageOf(v), k -> new ArrayList<>()).add(v);
    }
    return List.copyOf(byLanguage.values());
  }

  /** The version's language tag, "" when it has none. */
  public static String languageOf(AnalyzedArticle version) {
    String language = version.article().language();
    return language == null ? "" : language;
  }
}
