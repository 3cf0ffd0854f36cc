package org.storydiff.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters, exactly as {@code
 * score_clusters.py} computes them: averaged over the gold articles; an article the prediction
 * lacks counts as a wrong singleton; predicted articles outside the gold are ignored (clusters are
 * restricted to the gold articles). Stateless and thread-safe.
 */
public final class BCubed {

  /**
   * @param precision in [0, 1]
   * @param recall in [0, 1]
   * @param f1 their harmonic mean, 0 when both are 0
   * @param articles gold articles scored
   * @param predictedClusters distinct predicted clusters over the gold articles (missing ones count
   *     as singletons)
   * @param goldClusters gold clusters
   * @param missing gold articles without a prediction
   */
  public record Score(
      double precision,
      double recall,
      double f1,
      int articles,
      int predictedClusters,
      int goldClusters,
      int missing) {}

  private BCubed() {}

  /**
   * @param predicted article id → predicted cluster label, non-null
   * @param gold article id → gold cluster label, non-null, non-empty
   */
  public static <P, G> Score score(Map<String, P> predicted, Map<String, G> gold) {
    Objects.requireNonNull(predicted, "predicted");
    if (gold == null || gold.isEmpty()) {
      throw new IllegalArgumentException("gold must hold at least one article");
    }
    Map<Object, Set<String>> predictedMembers = new HashMap<>();
    int missing = 0;
    for (String id : gold.keySet()) {
      Object label = predicted.get(id);
      if (label == null) {
        missing++;
        label = new MissingLabel(id);
      }
      predictedMembers.computeIfAbsent(label, l -> new HashSet<>()).add(id);
    }
    Map<G, Set<String>> goldMembers = new HashMap<>();
    gold.forEach((id, label) -> goldMembers.computeIfAbsent(label, l -> new HashSet<>()).add(id));
    double p = 0;
    double r = 0;
    for (Map.Entry<String, G> e : gold.entrySet()) {
      Object label = predicted.get(e.getKey());
      Set<String> pred = predictedMembers.get(label == null ? new MissingLabel(e.getKey()) : label);
      Set<String> truth = goldMembers.get(e.getValue());
      long both = pred.stream().filter(truth::contains).count();
      p += (double) both / pred.size();
      r += (double) both / truth.size();
    }
    int n = gold.size();
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f1, n, predictedMembers.size(), goldMembers.size(), missing);
  }

  /**
   * One cell of the contingency table: how many articles a predicted cluster and a gold cluster
   * share.
   */
  public record Cell(Object predicted, Object gold, long count) implements java.io.Serializable {}

  /**
   * The same score from the contingency table alone, for corpora too large to hold article by
   * article: with c(p,g) articles in predicted cluster p and gold cluster g, precision is {@code Σ
   * c(p,g)² / |p|} over N and recall {@code Σ c(p,g)² / |g|} over N. Every article must have both
   * labels.
   */
  public static Score fromCells(Iterable<Cell> cells) {
    Map<Object, Long> predictedSizes = new HashMap<>();
    Map<Object, Long> goldSizes = new HashMap<>();
    long n = 0;
    for (Cell c : cells) {
      predictedSizes.merge(c.predicted(), c.count(), Long::sum);
      goldSizes.merge(c.gold(), c.count(), Long::sum);
      n += c.count();
    }
    if (n == 0) {
      throw new IllegalArgumentException("gold must hold at least one article");
    }
    double p = 0;
    double r = 0;
    for (Cell c : cells) {
      double shared = (double) c.count() * c.count();
      p += shared / predictedSizes.get(c.predicted());
      r += shared / goldSizes.get(c.gold());
    }
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(
        p, r, f1, (int) Math.min(Integer.MAX_VALUE, n), predictedSizes.size(), goldSizes.size(), 0);
  }

  /** The label of an article the prediction lacks: a cluster of its own. */
  private record MissingLabel(String articleId) {}
}
