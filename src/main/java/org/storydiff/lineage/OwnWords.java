package org.storydiff.lineage;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.align.WordDiff;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.SentenceTokens;

/**
 * The words of a sentence that are the writer's own wording: what two independent reports of one
 * event do not share by necessity. Words inside quotation marks (both versions quote the same
 * speaker), names (capitalized words after the first), and numbers are left out; what remains, in
 * order, is compared near-verbatim. Stateless and thread-safe.
 */
final class OwnWords {

  private OwnWords() {}

  /** The own words of every sentence of {@code version}, by sentence index. */
  static List<List<String>> of(AnalyzedArticle version) {
    SentenceTokens tokens = version.tokens();
    List<int[]> quoted = new ArrayList<>();
    for (Fact f : version.facts()) {
      if (f.kind() == FactKind.QUOTE || f.kind() == FactKind.PARTIAL_QUOTE) {
        quoted.add(new int[] {f.start(), f.end()});
      }
    }
    List<List<String>> out = new ArrayList<>(tokens.sentences());
    for (int s = 0; s < tokens.sentences(); s++) {
      List<String> words = new ArrayList<>();
      int first = tokens.first(s);
      int end = tokens.first(s + 1);
      for (int i = first; i < end; i++) {
        boolean name = i > first && tokens.capitalized(i);
        if (tokens.isWord(i) && !name && !inside(quoted, tokens.start(i))) {
          words.add(tokens.norm(i));
        }
      }
      out.add(List.copyOf(words));
    }
    return out;
  }

  /**
   * Similarity of two word sequences in [0,1]: twice their longest common subsequence over their
   * total length (java-diff-utils' Myers diff), so reordered or reworded text scores low and a copy
   * with a word or two changed scores high.
   */
  static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return 2.0 * WordDiff.commonInOrder(a, b) / (a.size() + b.size());
  }

  private static boolean inside(List<int[]> spans, int offset) {
    for (int[] span : spans) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }
}
