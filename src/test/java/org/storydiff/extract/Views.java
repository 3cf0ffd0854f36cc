package org.storydiff.extract;

import org.storydiff.text.SentenceTokenizer;

/** Token views of one-sentence texts, for testing the figure grammar's scanners directly. */
final class Views {

  private Views() {}

  static TokenView of(String text) {
    return new TokenView(text, SentenceTokenizer.range(text, 0, text.length()));
  }

  /** The index of the first token whose text is {@code token}. */
  static int at(TokenView v, String token) {
    for (int k = 0; k < v.size(); k++) {
      if (v.text(k, k).equals(token)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no token " + token);
  }
}
