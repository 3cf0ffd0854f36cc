package org.storydiff.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Fact;
import org.storydiff.model.Quote;
import org.storydiff.report.FactGroups.Group;

/**
 * A grouped quote's wording per version, parts of a split quote joined in body order, and the
 * reference wording the quote table compares against: the one most versions share (comparison form:
 * case, marks and digit grouping aside), then the longest, then the leftmost column's. Thread-safe.
 */
final class QuoteWording {

  private QuoteWording() {}

  /** The version whose wording is the reference; -1 for a group without quotes. */
  static int referenceVersion(Group group) {
    Set<Integer> versions = group.versions();
    int best = -1;
    long bestShare = -1;
    for (int v : versions) {
      List<String> mine = words(group, v);
      long share = versions.stream().filter(w -> words(group, w).equals(mine)).count();
      boolean better =
          share > bestShare || (share == bestShare && mine.size() > words(group, best).size());
      if (better) {
        best = v;
        bestShare = share;
      }
    }
    return best;
  }

  /** The quoted words of {@code version} as written, parts joined with " … "; "" when none. */
  static String text(Group group, int version) {
    List<String> parts = new ArrayList<>();
    for (Fact f : group.factsOf(version)) {
      if (f instanceof Quote q) {
        parts.add(q.quote().strip());
      }
    }
    return String.join(" … ", parts);
  }

  /** The comparison form of {@link #text}. */
  static List<String> words(Group group, int version) {
    if (version < 0) {
      return Collections.emptyList();
    }
    List<String> out = new ArrayList<>();
    group.factsOf(version).forEach(f -> out.addAll(SameFact.quoteWords(f)));
    return out;
  }

  /** The first named speaker among the version's quote parts, or "" when none is named. */
  static String speaker(Group group, int version) {
    return group.factsOf(version).stream()
        .map(f -> f instanceof Quote q ? q.speaker() : null)
        .filter(s -> s != null && !s.isBlank())
        .map(String::strip)
        .findFirst()
        .orElse("");
  }
}
