package org.storydiff.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.model.Relation;

/**
 * Decides whether aligned sentences are {@link Relation#SAME} (equivalent in substance) or {@link
 * Relation#CHANGED}. SAME needs the same content terms (so the same numbers by norm and the same
 * names), the same quoted words in the same order (stop words included, quote style ignored), the
 * same figure qualifiers and the same polarity; word order, function words outside quotes,
 * punctuation and dash or quote style may differ. Stateless and thread-safe.
 */
final class RelationJudge {

  private RelationJudge() {}

  static Relation judge(SentenceProfile a, SentenceProfile b) {
    boolean same =
        a.terms().keySet().equals(b.terms().keySet())
            && a.quotedWords().equals(b.quotedWords())
            && sorted(a.qualifiers()).equals(sorted(b.qualifiers()))
            && a.negated() == b.negated();
    return same ? Relation.SAME : Relation.CHANGED;
  }

  /**
   * One profile standing for several sentences read in order, so that a sentence split in two is
   * judged against both halves together: a split that keeps every word of substance is SAME.
   */
  static SentenceProfile union(List<SentenceProfile> parts) {
    Map<String, TermKind> terms = new LinkedHashMap<>();
    Map<String, Set<String>> byUnit = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    List<String> quoted = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    boolean negated = false;
    for (SentenceProfile p : parts) {
      p.terms().forEach((t, k) -> terms.merge(t, k, TermKind::stronger));
      p.numbersByUnit().forEach((u, n) -> byUnit.computeIfAbsent(u, x -> new LinkedHashSet<>()).addAll(n));
      names.addAll(p.names());
      quoted.addAll(p.quotedWords());
      qualifiers.addAll(p.qualifiers());
      negated |= p.negated();
    }
    return new SentenceProfile(parts.get(0).index(), terms, byUnit, names, quoted, qualifiers, negated);
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
