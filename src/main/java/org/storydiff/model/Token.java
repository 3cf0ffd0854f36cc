package org.storydiff.model;

import java.io.Serializable;

/**
 * A token of an article body. {@code [start, end)} indexes the body; {@code norm} is the comparison
 * form: lower-cased words with straight apostrophes, numbers without digit grouping ("2,187" gives
 * "2187"), punctuation as is with curly quotes and dashes straightened.
 */
public record Token(int start, int end, String norm, TokenType type, boolean capitalized)
    implements Serializable {

  public boolean isWord() {
    return type == TokenType.WORD;
  }

  public boolean isNumber() {
    return type == TokenType.NUMBER;
  }
}
