package org.storydiff.extract;

import java.util.List;
import org.storydiff.model.Sentence;

/** Finds the sentence that holds a body offset. Stateless and thread-safe. */
final class SentenceLookup {

  private SentenceLookup() {}

  /**
   * The sentence whose span holds {@code offset}, else the last sentence starting before it (an
   * offset in the whitespace between sentences belongs to the one before), or null when none does.
   * Sentences must be sorted by start, as the splitter returns them.
   */
  static Sentence at(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    Sentence best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.start() <= offset) {
        best = s;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
