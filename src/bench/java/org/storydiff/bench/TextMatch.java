package org.storydiff.bench;

import java.util.HashSet;
import java.util.Set;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;
import org.storydiff.text.SentenceTokenizer;
import org.storydiff.text.StopWords;

/**
 * The text tests of the benchmark's matching rule: numbers compared normalized ("2,187" = "2187"),
 * words lower-cased without stop words; two texts match when at least half of the smaller one's
 * terms occur in the other (overlap coefficient ≥ 0.5), so a figure's span matches the sentence it
 * came from and a paraphrase matches its canonical sentence.
 */
final class TextMatch {

  static final double MIN_OVERLAP = 0.5;

  private TextMatch() {}

  static boolean overlaps(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    Set<String> x = terms(a);
    Set<String> y = terms(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> smaller = x.size() <= y.size() ? x : y;
    Set<String> larger = smaller == x ? y : x;
    long shared = smaller.stream().filter(larger::contains).count();
    return shared >= MIN_OVERLAP * smaller.size();
  }

  /** Whether the two texts have a number in common. */
  static boolean shareNumber(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    Set<String> x = numbers(a);
    return numbers(b).stream().anyMatch(x::contains);
  }

  private static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : SentenceTokenizer.ofText(text).all()) {
      if (t.type() == TokenType.NUMBER
          || t.type() == TokenType.WORD && !StopWords.contains(t.norm())) {
        out.add(t.norm());
      }
    }
    return out;
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : SentenceTokenizer.ofText(text).all()) {
      if (t.type() == TokenType.NUMBER) {
        out.add(t.norm());
      }
    }
    return out;
  }
}
