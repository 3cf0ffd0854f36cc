package org.storydiff.extract;

import java.util.List;
import java.util.Set;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;

/**
 * The tokens of one text range with bounds-safe look-ups, so pattern code can peek before and after
 * a position without index checks. Token offsets are UTF-16 indexes into the article body.
 * Immutable.
 */
record TokenView(String body, List<Token> tokens) {

  /** Words whose full stop does not end a sentence ("Ms.", "U.S.", "Sen."), lower-cased. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "prof", "st",
          "jr", "sr", "u", "s", "d", "r", "no", "k", "n", "capt", "maj", "rev", "mt", "ft", "inc",
          "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec");

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

  /**
   * True for a number written in digits; a number another language spelled out ({@link
   * LocalizedTokens}) is a number token too, but no label or identifier.
   */
  boolean isDigits(int i) {
    return isNumber(i) && Character.isDigit(body.charAt(tokens.get(i).start()));
  }

  boolean isPunct(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.PUNCT;
  }

  boolean isCapitalized(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).capitalized();
  }

  /**
   * True when token {@code i} is a word of a personal name: capitalized, a particle joined to a
   * name part ("al-Sayed"), or a particle between two ("the "van" of "Pieter van Dalen"; see {@link
   * NameParticles}).
   */
  boolean isNameWord(int i) {
    if (!isWord(i)) {
      return false;
    }
    if (isCapitalized(i) || NameParticles.isJoined(text(i, i))) {
      return true;
    }
    if (!NameParticles.isParticle(norm(i))) {
      return false;
    }
    int b = i - 1;
    while (b >= i - 2 && isWord(b) && !isCapitalized(b) && NameParticles.isParticle(norm(b))) {
      b--;
    }
    int a = i + 1;
    while (a <= i + 2 && isWord(a) && !isCapitalized(a) && NameParticles.isParticle(norm(a))) {
      a++;
    }
    return isWord(b)
        && isCapitalized(b)
        && isWord(a)
        && (isCapitalized(a) || NameParticles.isJoined(text(a, a)));
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

  /**
   * True when token {@code k} ends a sentence: "!" or "?", or a full stop that does not close an
   * abbreviation or a single initial ("Ms.", "U.S.", "John F.").
   */
  boolean endsSentence(int k) {
    String n = norm(k);
    if (n.equals(".")) {
      boolean abbreviation =
          touching(k - 1)
              && isWord(k - 1)
              && (ABBREVIATIONS.contains(norm(k - 1))
                  || norm(k - 1).length() == 1 && isCapitalized(k - 1));
      return !abbreviation && !norm(k + 1).equals(",") && !norm(k + 1).equals(")");
    }
    return n.equals("!") || n.equals("?");
  }
}
