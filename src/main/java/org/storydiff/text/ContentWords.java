package org.storydiff.text;

/**
 * The one definition of a content word, used wherever a stage compares "what a sentence is about"
 * (clustering terms, alignment profiles, the diff's sentence index): a word token (not a number or
 * punctuation) of two or more characters, after dropping a possessive "'s", that is not a {@link
 * StopWords stop word} with or without that possessive. Its comparison key is the {@link
 * LightStemmer} stem of its norm. Stateless and thread-safe.
 */
public final class ContentWords {

  private ContentWords() {}

  /** Whether a word token with this norm (lower-cased, straight apostrophes) is a content word. */
  public static boolean isContent(String wordNorm) {
    String word = withoutPossessive(wordNorm);
    return word.length() > 1 && !StopWords.contains(word) && !StopWords.contains(wordNorm);
  }

  /** "moscow's" gives "moscow"; anything else is returned as is. */
  public static String withoutPossessive(String wordNorm) {
    return wordNorm.endsWith("'s") ? wordNorm.substring(0, wordNorm.length() - 2) : wordNorm;
  }
}
