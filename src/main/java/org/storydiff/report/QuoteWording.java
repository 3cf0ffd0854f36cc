package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Fact;
import org.storydiff.model.Quote;
import org.storydiff.model.Token;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.text.SentenceTokenizer;

/**
 * How the quote table prints a grouped quote: each version's wording (the parts of a split quote
 * joined in body order) and the reference wording the others are set against. The group itself, and
 * whether a version's wording differs, are the diff's. Thread-safe: stateless.
 */
final class QuoteWording {

  private QuoteWording() {}

  /**
   * The column whose wording is the reference: among the versions the diff found no change in (all
   * carrying versions when every one changed), the wording most of them print, then the longest,
   * then the leftmost; -1 for a group no column carries.
   */
  static int referenceVersion(PageContext page, PageGroup group) {
    List<Integer> candidates = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      if (!group.factsOf(v).isEmpty() && group.state(page, v) != CellState.DIFFERENT) {
        candidates.add(v);
      }
    }
    if (candidates.isEmpty()) {
      for (int v = 0; v < page.versions().size(); v++) {
        if (!group.factsOf(v).isEmpty()) {
          candidates.add(v);
        }
      }
    }
    // Each candidate's words once: they are compared with every other candidate's.
    Map<Integer, List<String>> wordsOf = new HashMap<>();
    candidates.forEach(v -> wordsOf.put(v, words(group, v)));
    int best = -1;
    long bestShare = -1;
    for (int v : candidates) {
      List<String> mine = wordsOf.get(v);
      long share = candidates.stream().filter(w -> wordsOf.get(w).equals(mine)).count();
      if (share > bestShare
          || (share == bestShare && mine.size() > wordsOf.getOrDefault(best, List.of()).size())) {
        best = v;
        bestShare = share;
      }
    }
    return best;
  }

  /** The quoted words of {@code version} as written, parts joined with " … "; "" when none. */
  static String text(PageGroup group, int version) {
    List<String> parts = new ArrayList<>();
    for (Fact f : version < 0 ? List.<Fact>of() : group.factsOf(version)) {
      if (f instanceof Quote q) {
        parts.add(q.quote().strip());
      }
    }
    return String.join(" … ", parts);
  }

  /**
   * {@link #text}'s words as printed, case, marks and digit grouping aside: equal ones need no
   * diff.
   */
  static List<String> words(PageGroup group, int version) {
    return SentenceTokenizer.ofText(text(group, version)).all().stream()
        .filter(t -> t.isWord() || t.isNumber())
        .map(Token::norm)
        .toList();
  }

  /** The first named speaker among the version's quote parts, or "" when none is named. */
  static String speaker(PageGroup group, int version) {
    return group.factsOf(version).stream()
        .map(f -> f instanceof Quote q ? q.speaker() : null)
        .filter(s -> s != null && !s.isBlank())
        .map(String::strip)
        .findFirst()
        .orElse("");
  }
}
