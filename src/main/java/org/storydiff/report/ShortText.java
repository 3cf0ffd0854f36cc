package org.storydiff.report;

import java.util.Arrays;

/** Shortens running text to a label of at most a number of words. Thread-safe: stateless. */
final class ShortText {

  private ShortText() {}

  /** The first {@code maxWords} words of {@code text} followed by " …" if it had more. */
  static String words(String text, int maxWords) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= maxWords) {
      return String.join(" ", words);
    }
    return String.join(" ", Arrays.copyOf(words, maxWords)) + " …";
  }
}
