package org.storydiff.model;

/** Coarse token classes: words, numbers (kept whole with their separators), and punctuation. */
public enum TokenType {
  WORD,
  NUMBER,
  PUNCT
}
