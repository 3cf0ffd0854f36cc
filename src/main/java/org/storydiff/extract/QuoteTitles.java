package org.storydiff.extract;

import java.util.regex.Pattern;

/**
 * Tells a quoted name of a work, show or slogan ("Meet the Press", "Orange is the New Black") from
 * quoted speech by its look: a few words, the first and every longer one capitalized. Stateless.
 */
final class QuoteTitles {

  static final int MAX_WORDS = 6;

  /** Words this short may stay lower-case inside a title ("of", "the", "and", "is"). */
  private static final int MINOR_WORD_LENGTH = 3;

  private static final Pattern END_PUNCTUATION = Pattern.compile("[.,!?]+$");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QuoteTitles() {}

  /** Whether the quoted words (marks removed, trailing punctuation allowed) look like a title. */
  static boolean looksLikeTitle(String inner) {
    String[] words = SPACES.split(END_PUNCTUATION.matcher(inner.strip()).replaceAll(""));
    if (words.length > MAX_WORDS
        || words[0].isEmpty()
        || !Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    for (String w : words) {
      if (w.length() > MINOR_WORD_LENGTH && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
