package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storydiff.extract.LocalNumbers;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.Token;
import org.storydiff.text.ContentWords;
import org.storydiff.text.StopWords;

/**
 * Turns one sentence (or headline) into clustering terms and adds them, weighted, to a term map.
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li>content terms: the stems of {@link ContentWords content words} that are not weekday names
 *       ("floods" → "flood");
 *   <li>entity terms: "e:" + each capitalized word not at sentence start, and "e:" + each run of
 *       two or more such words ("e:red cross"); skipped for Title Case headlines, where capitals
 *       say nothing;
 *   <li>number terms: "n:" + the number in English form ({@link LocalNumbers}: "45.000" in a German
 *       version is "45000", as in an English one), for numbers ≥ 10, times ("08:20") and numbers
 *       followed by a unit ("5 percent"), weighing {@value #NUMBER_WEIGHT} times as much: the same
 *       kind of event recurs with the same words, but its tolls, years and amounts differ;
 *   <li>date terms: "d:" + each written calendar date ({@link DateMentions}), weighing {@value
 *       #DATE_WEIGHT} times as much, for the same reason (measured: +0.01 F1 on ECB+, which has no
 *       publication dates but many written ones).
 * </ul>
 */
final class TermExtractor {

  private static final Set<String> UNITS =
      Set.of(
          "%",
          "percent",
          "per",
          "million",
          "billion",
          "trillion",
          "thousand",
          "hundred",
          "km",
          "miles",
          "mile",
          "kg",
          "tons",
          "tonnes",
          "magnitude",
          "dollars",
          "euros",
          "$",
          "€",
          "£");

  static final double NUMBER_WEIGHT = 2.0;

  static final double DATE_WEIGHT = 2.0;

  /**
   * Weekday names are in almost every news story ("on Monday") and say nothing about which one; the
   * publication date carries the when.
   */
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** A sentence whose words are this capitalized is Title Case, not a run of names. */
  private static final double TITLE_CASE_SHARE = 0.9;

  /**
   * Adds the terms of sentence {@code s} to {@code terms}, each occurrence weighing {@code weight}.
   */
  void addTerms(
      SentenceTokens sentenceTokens,
      int s,
      double weight,
      String language,
      Map<String, Double> terms) {
    List<Token> tokens = sentenceTokens.tokens(s);
    int offset = sentenceTokens.first(s);
    boolean titleCase = isTitleCase(tokens);
    List<String> run = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        addWord(t, sentenceTokens.stem(offset + i), first, titleCase, run, weight, terms);
        first = false;
      } else {
        flushRun(run, weight, terms);
        String number = t.isNumber() ? LocalNumbers.norm(t.norm(), language) : null;
        if (number != null
            && isSalientNumber(t, number, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
          add(terms, "n:" + number, weight * NUMBER_WEIGHT);
        }
        first = first && !t.isNumber();
      }
    }
    flushRun(run, weight, terms);
    for (String date : DateMentions.terms(tokens)) {
      add(terms, date, weight * DATE_WEIGHT);
    }
  }

  private void addWord(
      Token t,
      String stem,
      boolean sentenceStart,
      boolean titleCase,
      List<String> run,
      double weight,
      Map<String, Double> terms) {
    String word = ContentWords.withoutPossessive(t.norm());
    boolean content = stem != null && !WEEKDAYS.contains(word);
    if (content) {
      add(terms, stem, weight);
    }
    if (content && t.capitalized() && !sentenceStart && !titleCase) {
      add(terms, "e:" + word, weight);
      run.add(word);
    } else {
      flushRun(run, weight, terms);
    }
  }

  private static void flushRun(List<String> run, double weight, Map<String, Double> terms) {
    if (run.size() >= 2) {
      add(terms, "e:" + String.join(" ", run), weight);
    }
    run.clear();
  }

  /**
   * Title Case: a stop word capitalized after the first word ("Storm Batters Coast In Night"), or
   * nearly all longer words capitalized. A name-dense news sentence has neither.
   */
  private static boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    int capitalized = 0;
    boolean first = true;
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      if (!first && t.capitalized() && StopWords.contains(t.norm()) && t.norm().length() > 1) {
        return true;
      }
      first = false;
      if (t.norm().length() > 3) {
        words++;
        capitalized += t.capitalized() ? 1 : 0;
      }
    }
    return words >= 3 && capitalized >= TITLE_CASE_SHARE * words;
  }

  private static boolean isSalientNumber(Token number, String norm, Token next) {
    if (norm.indexOf(':') >= 0) {
      return true;
    }
    if (next != null && next.start() - number.end() <= 1 && UNITS.contains(next.norm())) {
      return true;
    }
    try {
      return Double.parseDouble(norm.replace(",", "")) >= 10;
    } catch (NumberFormatException notPlain) {
      return false;
    }
  }

  private static void add(Map<String, Double> terms, String term, double weight) {
    terms.merge(term.toLowerCase(Locale.ROOT), weight, Double::sum);
  }
}
