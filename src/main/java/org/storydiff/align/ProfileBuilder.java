package org.storydiff.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;
import org.storydiff.text.NumberWords;

/**
 * Turns the tokens of one sentence into a {@link SentenceProfile}. Which capitalized words are
 * names is decided once per story ({@link StoryNames}). Immutable after construction and
 * thread-safe.
 */
final class ProfileBuilder {

  /** Qualifiers that are unambiguous wherever they stand ("35 people were killed, at least"). */
  private static final List<List<String>> PHRASE_QUALIFIERS =
      List.of(
          List.of("at", "least"),
          List.of("at", "most"),
          List.of("more", "than"),
          List.of("less", "than"),
          List.of("fewer", "than"),
          List.of("up", "to"),
          List.of("as", "many", "as"),
          List.of("as", "much", "as"),
          List.of("close", "to"));

  /** Qualifiers that are ordinary words unless a number follows ("about 40", "nearly 200"). */
  private static final Set<String> WORD_QUALIFIERS =
      Set.of(
          "about",
          "around",
          "nearly",
          "almost",
          "approximately",
          "roughly",
          "some",
          "over",
          "under",
          "only",
          "just",
          "exactly",
          "barely");

  private final Set<String> nameStems;

  /**
   * @param storySentences the tokens of every sentence of every version of the story
   */
  ProfileBuilder(List<SentenceWords> storySentences) {
    this.nameStems = StoryNames.stems(storySentences);
  }

  SentenceProfile profile(int index, SentenceWords words) {
    List<Token> tokens = words.tokens();
    Map<String, TermKind> terms = new LinkedHashMap<>();
    Map<String, Set<String>> numbersByUnit = new LinkedHashMap<>();
    Set<String> names = new TreeSet<>();
    List<String> quoted = new ArrayList<>();
    boolean inQuote = false;
    boolean negated = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.type() == TokenType.PUNCT) {
        inQuote ^= t.norm().equals("\"");
        continue;
      }
      if (inQuote) {
        quoted.add(t.norm());
      } else if (isNegation(t.norm())) {
        negated = true;
      }
      String number = t.isNumber() ? clockDigits(t.norm()) : NumberWords.comparisonDigits(t.norm());
      if (number != null) {
        terms.merge("#" + number, TermKind.NUMBER, TermKind::stronger);
        String unit = unitAfter(words, k);
        if (unit != null) {
          numbersByUnit.computeIfAbsent(unit, u -> new TreeSet<>()).add(number);
        }
      } else if (words.stem(k) != null) {
        String stem = words.stem(k);
        TermKind kind = inQuote ? TermKind.QUOTED : TermKind.ORDINARY;
        if (t.capitalized() && nameStems.contains(stem)) {
          names.add(stem);
          kind = TermKind.stronger(kind, TermKind.NAME);
        }
        terms.merge(stem, kind, TermKind::stronger);
      }
    }
    return new SentenceProfile(
        index, terms, numbersByUnit, names, quoted, qualifiers(tokens), negated);
  }

  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})");

  /**
   * A clock time as four digits, the way agencies also write it: "03:00 GMT" is "0300 GMT". Any
   * other number is left as analysis normalized it.
   */
  static String clockDigits(String norm) {
    java.util.regex.Matcher m = CLOCK.matcher(norm);
    if (!m.matches()) {
      return norm;
    }
    return (m.group(1).length() == 1 ? "0" : "") + m.group(1) + m.group(2);
  }

  private static boolean isNegation(String norm) {
    return norm.equals("not")
        || norm.equals("no")
        || norm.equals("never")
        || norm.equals("nor")
        || norm.endsWith("n't");
  }

  /** Stem of the first content word after the number, unless punctuation intervenes first. */
  private static String unitAfter(SentenceWords words, int k) {
    for (int m = k + 1; m < words.size() && m <= k + 3; m++) {
      if (!words.get(m).isWord()) {
        return null;
      }
      if (words.stem(m) != null) {
        return words.stem(m);
      }
    }
    return null;
  }

  static List<String> qualifiers(List<Token> tokens) {
    List<String> found = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      List<String> phrase = phraseAt(tokens, k);
      if (phrase != null) {
        found.add(String.join(" ", phrase));
        k += phrase.size() - 1;
      } else if (WORD_QUALIFIERS.contains(tokens.get(k).norm())
          && k + 1 < tokens.size()
          && isFigure(tokens.get(k + 1))) {
        found.add(tokens.get(k).norm());
      }
    }
    return found;
  }

  private static boolean isFigure(Token t) {
    return t.isNumber() || NumberWords.comparisonDigits(t.norm()) != null;
  }

  private static List<String> phraseAt(List<Token> tokens, int k) {
    for (List<String> phrase : PHRASE_QUALIFIERS) {
      if (k + phrase.size() > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int m = 0; m < phrase.size() && match; m++) {
        match = tokens.get(k + m).norm().equals(phrase.get(m));
      }
      if (match) {
        return phrase;
      }
    }
    return null;
  }
}
