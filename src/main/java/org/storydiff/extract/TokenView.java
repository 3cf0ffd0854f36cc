package org.storydiff.extract;

import java.util.List;
import org.storydiff.text.Token;
import org.storydiff.text.TokenType;

/**
 * The tokens of one text range with bounds-safe look-ups, so pattern code can peek before and after
 * a position without index checks. Token offsets are UTF-16 indexes into the article body. Immutable.
 */
record TokenView(String body, List<Token> tokens) {

  TokenView {
    tokens = List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The normalized form of token {@code i}, or "" outside the range. */
  String norm(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  boolean isWord(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.NUMBER;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.PUNCT;
  }

  boolean isCapitalized(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).capitalized();
  }

  /** True when tokens {@code i} and {@code i + 1} touch, with no space between them. */
  boolean touching(int i) {
    return i >= 0 && i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
  }

  /** The body text of tokens {@code [from, to]}, both inclusive. */
  String text(int from, int to) {
    return body.substring(tokens.get(from).start(), tokens.get(to).end());
  }

  /** True when token {@code i} opens its sentence (nothing but opening punctuation before it). */
  boolean sentenceInitial(int i) {
    for (int k = i - 1; k >= 0; k--) {
      String n = norm(k);
      if (!(n.equals("\"") || n.equals("'") || n.equals("(") || n.equals("-"))) {
        return false;
      }
    }
    return true;
  }
}
