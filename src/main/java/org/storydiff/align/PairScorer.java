package org.storydiff.align;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a pair of sentence profiles against the story's vocabulary. Stateless apart from the
 * immutable vocabulary; thread-safe.
 */
final class PairScorer {

  private final StoryVocabulary vocabulary;
  private final ContradictingWords contradictions;

  PairScorer(StoryVocabulary vocabulary, ContradictingWords contradictions) {
    this.vocabulary = vocabulary;
    this.contradictions = contradictions;
  }

  /** Total weight of a sentence's terms; > 0 unless the sentence has no content term. */
  double weight(SentenceProfile p) {
    double sum = 0;
    for (Map.Entry<String, TermKind> e : p.terms().entrySet()) {
      sum += vocabulary.weight(e.getKey(), e.getValue());
    }
    return sum;
  }

  PairScore score(SentenceProfile a, SentenceProfile b) {
    Set<String> disputed = disputedTerms(a, b);
    double[] all = coverage(a, b, Set.of());
    double[] rest = coverage(a, b, disputed);
    return new PairScore(
        dice(all),
        ratio(all[0], all[1]),
        ratio(all[2], all[3]),
        dice(rest),
        ratio(rest[0], rest[1]),
        ratio(rest[2], rest[3]),
        figuresDiffer(a, b, false),
        figuresDiffer(a, b, true),
        namesConflict(a, b),
        contradictions.contradict(a.terms().keySet(), b.terms().keySet()));
  }

  /**
   * {covered weight of A, weight of A, covered weight of B, weight of B}, skipping ignored terms.
   */
  private double[] coverage(SentenceProfile a, SentenceProfile b, Set<String> ignored) {
    double[] out = new double[4];
    side(a, b, ignored, out, 0);
    side(b, a, ignored, out, 2);
    return out;
  }

  private void side(
      SentenceProfile p, SentenceProfile other, Set<String> ignored, double[] out, int at) {
    for (Map.Entry<String, TermKind> e : p.terms().entrySet()) {
      if (ignored.contains(e.getKey())) {
        continue;
      }
      double w = vocabulary.weight(e.getKey(), e.getValue());
      out[at + 1] += w;
      if (other.terms().containsKey(e.getKey())) {
        out[at] += w;
      }
    }
  }

  private static double dice(double[] c) {
    return ratio(c[0] + c[2], c[1] + c[3]);
  }

  private static double ratio(double part, double whole) {
    return whole <= 0 ? 0 : Math.min(1.0, part / whole);
  }

  /**
   * Numbers and names that only one side has: the terms a changed figure or speaker would touch.
   */
  private static Set<String> disputedTerms(SentenceProfile a, SentenceProfile b) {
    Set<String> disputed = new HashSet<>();
    addOneSided(a, b, disputed);
    addOneSided(b, a, disputed);
    return disputed;
  }

  private static void addOneSided(SentenceProfile p, SentenceProfile other, Set<String> out) {
    for (Map.Entry<String, TermKind> e : p.terms().entrySet()) {
      boolean figureOrName = e.getValue() == TermKind.NUMBER || p.names().contains(e.getKey());
      if (figureOrName && !other.terms().containsKey(e.getKey())) {
        out.add(e.getKey());
      }
    }
  }

  /**
   * Same unit word, disjoint numbers: "35 people" against "12 people". With {@code farOnly}, only
   * when no two of them are within {@link #CLOSE_FIGURES} of each other: "134 people" against "130
   * people" is a toll revised, far more often than two different tolls.
   */
  private static boolean figuresDiffer(SentenceProfile a, SentenceProfile b, boolean farOnly) {
    for (Map.Entry<String, Set<String>> e : a.numbersByUnit().entrySet()) {
      Set<String> other = b.numbersByUnit().get(e.getKey());
      if (other != null
          && Collections.disjoint(e.getValue(), other)
          && !(farOnly && anyClose(e.getValue(), other))) {
        return true;
      }
    }
    return false;
  }

  /** Relative difference up to which two numbers of one unit count as a revision of each other. */
  static final double CLOSE_FIGURES = 0.25;

  private static boolean anyClose(Set<String> xs, Set<String> ys) {
    for (String x : xs) {
      for (String y : ys) {
        double a = parse(x);
        double b = parse(y);
        if (a > 0 && b > 0 && Math.abs(a - b) <= CLOSE_FIGURES * Math.max(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double parse(String number) {
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Each side names someone or somewhere the other does not. */
  private static boolean namesConflict(SentenceProfile a, SentenceProfile b) {
    return !b.names().containsAll(a.names()) && !a.names().containsAll(b.names());
  }
}
