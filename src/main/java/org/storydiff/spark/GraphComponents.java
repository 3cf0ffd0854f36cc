package org.storydiff.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import org.storydiff.cluster.LocalDensity;
import org.storydiff.cluster.UnionFind;
import scala.Tuple2;

/**
 * The clustering graph's edges and their connected components, in one pass over the candidate
 * pairs. Each task keeps its pairs whose density-scaled similarity reaches the threshold and
 * shrinks them to a spanning forest ({@link UnionFind#forest}); the forests, at most one pair per
 * article that has an edge, go to the driver, where a union-find over the article numbers joins
 * them. Why not a distributed components step: GraphX's label propagation took 38 s of the 102 s
 * clustering at 100k articles and 530 s at a million, for graphs of one to two edges an article;
 * the union-find holds 4 bytes an article (4 MB at a million) and takes well under a second.
 */
final class GraphComponents {

  /**
   * @param root article number → its component's smallest article number (itself when it has no
   *     edge)
   * @param candidatePairs candidate pairs read
   * @param edges pairs that reached the threshold
   * @param components components of two articles or more
   * @param largest articles in the largest component, 0 when there is none
   */
  record Result(int[] root, long candidatePairs, long edges, long components, int largest) {}

  /** One task's share: its pair counts and the forest of its edges. */
  private record Share(long candidatePairs, long edges, int[] forest) implements Serializable {}

  private GraphComponents() {}

  /**
   * @param scored {@link ScorePairs#pair} → raw similarity, each candidate pair once
   * @param density article number → {@link LocalDensity} ({@link ArticleDensities})
   * @param articles how many articles are numbered (numbers in [0, articles))
   */
  static Result of(
      JavaPairRDD<Long, Double> scored,
      Broadcast<double[]> density,
      double threshold,
      int articles) {
    List<Share> shares =
        scored.mapPartitions(pairs -> shareOf(pairs, density.value(), threshold)).collect();
    UnionFind components = new UnionFind(articles);
    long candidatePairs = 0;
    long edges = 0;
    for (Share share : shares) {
      candidatePairs += share.candidatePairs();
      edges += share.edges();
      for (int i = 0; i < share.forest().length; i += 2) {
        components.union(share.forest()[i], share.forest()[i + 1]);
      }
    }
    int[] root = new int[articles];
    int[] size = new int[articles];
    for (int i = 0; i < articles; i++) {
      root[i] = components.find(i);
      size[root[i]]++;
    }
    long count = Arrays.stream(size).filter(s -> s > 1).count();
    int largest = count == 0 ? 0 : Arrays.stream(size).max().orElse(0);
    return new Result(root, candidatePairs, edges, count, largest);
  }

  private static Iterator<Share> shareOf(
      Iterator<Tuple2<Long, Double>> pairs, double[] density, double threshold) {
    long candidates = 0;
    int[] edges = new int[64];
    int size = 0;
    while (pairs.hasNext()) {
      Tuple2<Long, Double> p = pairs.next();
      candidates++;
      int a = Math.toIntExact(ScorePairs.first(p._1()));
      int b = Math.toIntExact(ScorePairs.second(p._1()));
      if (p._2() * LocalDensity.scale(density[a], density[b]) >= threshold) {
        if (size + 2 > edges.length) {
          edges = Arrays.copyOf(edges, 2 * edges.length);
        }
        edges[size++] = a;
        edges[size++] = b;
      }
    }
    int[] forest = UnionFind.forest(Arrays.copyOf(edges, size));
    return List.of(new Share(candidates, size / 2, forest)).iterator();
  }
}
