package org.storydiff.align;

import java.util.List;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.Token;

/**
 * One sentence's tokens as analysis made them, with the stems of its content words. Immutable.
 *
 * @param tokens the sentence's tokens, in order
 * @param stems the stem of each token that is a content word, null for any other token
 */
record SentenceWords(List<Token> tokens, String[] stems) {

  /** Sentence {@code s} of {@code tokens}. */
  static SentenceWords of(SentenceTokens tokens, int s) {
    int first = tokens.first(s);
    String[] stems = new String[tokens.first(s + 1) - first];
    for (int k = 0; k < stems.length; k++) {
      stems[k] = tokens.stem(first + k);
    }
    return new SentenceWords(tokens.tokens(s), stems);
  }

  int size() {
    return tokens.size();
  }

  Token get(int k) {
    return tokens.get(k);
  }

  /** The stem of token {@code k} when it is a content word, else null. */
  String stem(int k) {
    return stems[k];
  }
}
