package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Token;
import org.storydiff.text.SentenceTokenizer;

/** The comparison form of quoted words: token norms of words and numbers, punctuation dropped. */
final class QuoteWords {

  private QuoteWords() {}

  static List<String> of(String quote) {
    List<String> words = new ArrayList<>();
    // The quoted words are joined from the quotation's parts, not a sentence of the body.
    for (Token t : SentenceTokenizer.ofText(quote).all()) {
      if (t.isWord() || t.isNumber()) {
        words.add(t.norm());
      }
    }
    return words;
  }

  /** Words the two sets have in common. */
  static int sharedWords(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * Equal, or one is the other with at most {@code slack} words trimmed from its ends: agencies
   * trim a quote's opening "and" or tail freely, which is form, not a change.
   */
  static boolean nearlyEqual(List<String> a, List<String> b, int slack) {
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    return longer.size() - shorter.size() <= slack && isContiguousPart(shorter, longer);
  }

  /** Length of the longest common subsequence of two word lists (the words both have in order). */
  static int commonInOrder(List<String> a, List<String> b) {
    int changed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      changed += delta.getSource().size();
    }
    return a.size() - changed;
  }

  /** {@code part} is {@code whole} with words cut and none added or changed (an excerpt of it). */
  static boolean onlyCuts(List<String> whole, List<String> part) {
    return !part.isEmpty() && commonInOrder(whole, part) == part.size();
  }

  static boolean isContiguousPart(List<String> part, List<String> whole) {
    return !part.isEmpty() && Collections.indexOfSubList(whole, part) >= 0;
  }
}
