package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.storydiff.cluster.LocalDensity;
import scala.Tuple2;

/**
 * Each article's {@link LocalDensity} from its candidate pairs, counted in the cluster and brought
 * to the driver as one {@code double} per article number. Why an array and not a join: both ends of
 * every pair need their density, which as joins cost three shuffles of the pairs and articles; the
 * array is 8 bytes an article (8 MB at a million), broadcast once, and turns all of them into map
 * steps.
 */
final class ArticleDensities {

  private ArticleDensities() {}

  /**
   * @param scored {@link ScorePairs#pair} → raw similarity, each candidate pair once
   * @param articles how many articles are numbered (numbers in [0, articles))
   * @return article number → density (0 for an article without candidate pairs, which {@link
   *     LocalDensity} treats as sparse)
   */
  static double[] of(JavaPairRDD<Long, Double> scored, int articles) {
    List<Tuple2<int[], double[]>> chunks =
        scored
            .flatMapToPair(
                p ->
                    List.of(
                            new Tuple2<>(ScorePairs.first(p._1()), p._2()),
                            new Tuple2<>(ScorePairs.second(p._1()), p._2()))
                        .iterator())
            .aggregateByKey(new LocalDensity.Top(), LocalDensity.Top::add, LocalDensity.Top::merge)
            .mapPartitions(ArticleDensities::pack)
            .collect();
    double[] density = new double[articles];
    for (Tuple2<int[], double[]> chunk : chunks) {
      for (int i = 0; i < chunk._1().length; i++) {
        density[chunk._1()[i]] = chunk._2()[i];
      }
    }
    return density;
  }

  /** A partition's densities as two primitive arrays: one small object to collect, not many. */
  private static Iterator<Tuple2<int[], double[]>> pack(
      Iterator<Tuple2<Long, LocalDensity.Top>> tops) {
    List<Tuple2<Long, LocalDensity.Top>> all = new ArrayList<>();
    tops.forEachRemaining(all::add);
    int[] numbers = new int[all.size()];
    double[] densities = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      numbers[i] = Math.toIntExact(all.get(i)._1());
      densities[i] = all.get(i)._2().density();
    }
    return List.of(new Tuple2<>(numbers, densities)).iterator();
  }
}
