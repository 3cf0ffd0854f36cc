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
 * Relation#CHANGED}. SAME needs the same numbers (by norm, so "2,187" is "2187"), the same quoted
 * words in the same order (stop words included, quote style ignored), the same figure qualifiers,
 * the same polarity, no name on each side that the other lacks (a different speaker), and most of
 * each sentence's weight shared with the other; word order, function words, a few content words
 * (attribution wording, a speaker's title), punctuation and dash or quote style may differ.
 * Stateless and thread-safe.
 */
final class RelationJudge {

  private RelationJudge() {}

  /**
   * Share of each sentence's weight the other must cover for SAME: below it one of them adds or
   * drops a clause of content ("as smoke spread over the district"). Chosen on the sample-data
   * alignment gold (see docs/how-it-works.md, "How alignment decides").
   */
  static final double SAME_MIN_COVERAGE = 0.65;

  /**
   * SAME when the substance agrees ({@link #substanceAgrees}) and neither sentence has more than a
   * third of its weight the other lacks; CHANGED otherwise.
   */
  static Relation judge(PairScorer scorer, SentenceProfile a, SentenceProfile b) {
    PairScore s = scorer.score(a, b);
    boolean same =
        substanceAgrees(a, b) && Math.min(s.coveredA(), s.coveredB()) >= SAME_MIN_COVERAGE;
    return same ? Relation.SAME : Relation.CHANGED;
  }

  /**
   * The hard part of SAME: the same numbers (by norm), the same figure qualifiers, the same quoted
   * words in order, the same polarity, and no name on each side that the other lacks (a different
   * speaker or place).
   */
  static boolean substanceAgrees(SentenceProfile a, SentenceProfile b) {
    return numbers(a).equals(numbers(b))
        && a.quotedWords().equals(b.quotedWords())
        && sorted(a.qualifiers()).equals(sorted(b.qualifiers()))
        && a.negated() == b.negated()
        && (a.names().containsAll(b.names()) || b.names().containsAll(a.names()));
  }

  private static Set<String> numbers(SentenceProfile p) {
    Set<String> out = new java.util.TreeSet<>();
    p.terms()
        .forEach(
            (t, k) -> {
              if (k == TermKind.NUMBER) {
                out.add(t);
              }
            });
    return out;
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
      p.numbersByUnit()
          .forEach((u, n) -> byUnit.computeIfAbsent(u, x -> new LinkedHashSet<>()).addAll(n));
      names.addAll(p.names());
      quoted.addAll(p.quotedWords());
      qualifiers.addAll(p.qualifiers());
      negated |= p.negated();
    }
    return new SentenceProfile(
        parts.get(0).index(), terms, byUnit, names, quoted, qualifiers, negated);
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
