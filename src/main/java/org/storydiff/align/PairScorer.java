package org.storydiff.align;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a pair of sentence profiles against the story's vocabulary. Used by one thread at a time:
 * it remembers each profile's term weights for the story it serves, since a sentence is scored
 * against many counterparts and the weights never change within a story.
 */
final class PairScorer {

  private final StoryVocabulary vocabulary;
  private final ContradictingWords contradictions;
  private final Map<SentenceProfile, Weighed> weighed = new IdentityHashMap<>();

  PairScorer(StoryVocabulary vocabulary, ContradictingWords contradictions) {
    this.vocabulary = vocabulary;
    this.contradictions = contradictions;
  }

  /**
   * A profile's terms in their iteration order with their weights, whether each is a number or name
   * (the terms a changed figure or speaker would touch), and the terms that have an opposing word.
   * Sums over these arrays add the same values in the same order as sums over the profile's map, so
   * every score is the same double.
   */
  private record Weighed(
      String[] terms, double[] weights, boolean[] figureOrName, List<String> withOpposites) {}

  private Weighed weighed(SentenceProfile p) {
    return weighed.computeIfAbsent(p, this::weigh);
  }

  private Weighed weigh(SentenceProfile p) {
    int n = p.terms().size();
    String[] terms = new String[n];
    double[] weights = new double[n];
    boolean[] figureOrName = new boolean[n];
    int k = 0;
    for (Map.Entry<String, TermKind> e : p.terms().entrySet()) {
      terms[k] = e.getKey();
      weights[k] = vocabulary.weight(e.getKey(), e.getValue());
      figureOrName[k] = e.getValue() == TermKind.NUMBER || p.names().contains(e.getKey());
      k++;
    }
    return new Weighed(terms, weights, figureOrName, contradictions.withOpposites(terms));
  }

  /** Total weight of a sentence's terms; > 0 unless the sentence has no content term. */
  double weight(SentenceProfile p) {
    double sum = 0;
    for (double w : weighed(p).weights()) {
      sum += w;
    }
    return sum;
  }

  PairScore score(SentenceProfile a, SentenceProfile b) {
    Weighed wa = weighed(a);
    double[] all = new double[4];
    double[] rest = new double[4];
    side(wa, b, all, rest, 0);
    side(weighed(b), a, all, rest, 2);
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
        contradictions.contradict(wa.withOpposites(), a.terms().keySet(), b.terms().keySet()));
  }

  /**
   * Adds one side's {covered weight, weight} to {@code all} and to {@code rest}, which leaves out
   * the disputed terms: numbers and names only one side has.
   */
  private static void side(Weighed p, SentenceProfile other, double[] all, double[] rest, int at) {
    for (int k = 0; k < p.terms().length; k++) {
      double w = p.weights()[k];
      boolean shared = other.terms().containsKey(p.terms()[k]);
      all[at + 1] += w;
      if (shared) {
        all[at] += w;
      }
      if (shared || !p.figureOrName()[k]) {
        rest[at + 1] += w;
        if (shared) {
          rest[at] += w;
        }
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
