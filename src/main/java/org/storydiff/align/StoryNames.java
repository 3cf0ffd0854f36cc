package org.storydiff.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Token;

/**
 * Which stems of a story are names: a stem is a name when it appears capitalized somewhere other
 * than at the start of a sentence or quote, and never in lower case. That keeps "Talks"
 * (sentence-initial) an ordinary word while "Monday" or "Kyiv" count as names even when they open a
 * sentence. Decided once per story, for the aligner and for the diff's safety nets. Stateless.
 */
public final class StoryNames {

  private static final Set<String> SENTENCE_OPENERS = Set.of("'", "(", "[", ":", "-");

  private StoryNames() {}

  /** Name stems of the story made of these versions, read from their non-boilerplate sentences. */
  public static Set<String> of(List<AnalyzedArticle> versions) {
    List<SentenceWords> all = new ArrayList<>();
    for (AnalyzedArticle v : versions) {
      for (int s = 0; s < v.sentences().size(); s++) {
        if (!v.sentences().get(s).isBoilerplate()) {
          all.add(SentenceWords.of(v.tokens(), s));
        }
      }
    }
    return stems(all);
  }

  static Set<String> stems(List<SentenceWords> storySentences) {
    Set<String> capitalized = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    for (SentenceWords words : storySentences) {
      List<Token> tokens = words.tokens();
      boolean inQuote = false;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.norm().equals("\"")) {
          inQuote = !inQuote;
        }
        String stem = words.stem(k);
        if (stem == null) {
          continue;
        }
        if (!t.capitalized()) {
          lowerCase.add(stem);
        } else if (!isOpening(tokens, k, inQuote)) {
          capitalized.add(stem);
        }
      }
    }
    capitalized.removeAll(lowerCase);
    return Set.copyOf(capitalized);
  }

  /**
   * Whether the word at {@code k} starts a sentence or a quote, where capitals say nothing about
   * names. A straight quote just before it opens a quote only if we are now inside one: folded
   * curly quotes no longer tell opening from closing.
   */
  private static boolean isOpening(List<Token> tokens, int k, boolean inQuote) {
    if (k == 0) {
      return true;
    }
    String previous = tokens.get(k - 1).norm();
    return previous.equals("\"") ? inQuote : SENTENCE_OPENERS.contains(previous);
  }
}
