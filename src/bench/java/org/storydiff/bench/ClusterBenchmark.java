package org.storydiff.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.ClusterFeatures;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.eval.BCubed;
import org.storydiff.spark.ClusterStories;
import org.storydiff.text.SentenceSplitter;
import scala.Tuple2;

/**
 * Story clustering at scale on a synthetic corpus generated inside the Spark partitions from its
 * seed (nothing is written to disk first: a million realistic articles are about 4 GB of text).
 * Times the preparation (generation and sentence splitting) and the clustering apart, and scores
 * the result against the generator's truth from the contingency table, so no per-article data
 * reaches the driver.
 */
public final class ClusterBenchmark {

  /**
   * @param prepareSeconds generating and sentence-splitting the articles
   * @param clusterSeconds {@link ClusterStories} alone, from split articles to story ids
   */
  public record Figures(
      long articles,
      int stories,
      double prepareSeconds,
      double clusterSeconds,
      long candidatePairs,
      long edges,
      long components,
      long largestComponent,
      long predictedStories,
      BCubed.Score score) {}

  private ClusterBenchmark() {}

  public static Figures run(
      SparkSession spark, SyntheticCorpus corpus, int partitions, ClusterSettings settings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int stories = corpus.stories();
    int slices = Math.max(1, Math.min(partitions, stories));
    List<int[]> ranges = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      ranges.add(
          new int[] {
            (int) ((long) stories * s / slices), (int) ((long) stories * (s + 1) / slices)
          });
    }
    long started = System.nanoTime();
    JavaRDD<Tuple2<ClusterInput, Integer>> generated =
        jsc.parallelize(ranges, slices).mapPartitions(r -> generate(corpus, r));
    JavaRDD<ClusterFeatures> features =
        ClusterStories.features(generated.map(Tuple2::_1))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long articles = features.count();
    double prepare = (System.nanoTime() - started) / 1e9;

    started = System.nanoTime();
    ClusterStories.Result result = ClusterStories.cluster(jsc, features, settings);
    double cluster = (System.nanoTime() - started) / 1e9;
    features.unpersist();

    // The truth needs no text: article ids follow from the seed.
    JavaPairRDD<String, Integer> truth =
        jsc.parallelize(ranges, slices)
            .flatMap(r -> truthOf(corpus, r).iterator())
            .mapToPair(t -> t);
    List<BCubed.Cell> cells =
        result
            .storyIds()
            .join(truth)
            .mapToPair(j -> new Tuple2<>(new Tuple2<>(j._2()._1(), j._2()._2()), 1L))
            .reduceByKey(Long::sum)
            .map(c -> new BCubed.Cell(c._1()._1(), c._1()._2(), c._2()))
            .collect();
    long predictedStories = cells.stream().map(BCubed.Cell::predicted).distinct().count();
    result.unpersist();
    return new Figures(
        articles,
        stories,
        prepare,
        cluster,
        result.candidatePairs(),
        result.edges(),
        result.components(),
        result.largestComponent(),
        predictedStories,
        BCubed.fromCells(cells));
  }

  private static List<Tuple2<String, Integer>> truthOf(SyntheticCorpus corpus, int[] range) {
    List<Tuple2<String, Integer>> out = new ArrayList<>();
    for (int s = range[0]; s < range[1]; s++) {
      for (int v = 0; v < corpus.versions(s); v++) {
        out.add(new Tuple2<>(corpus.articleId(s, v), s));
      }
    }
    return out;
  }

  private static Iterator<Tuple2<ClusterInput, Integer>> generate(
      SyntheticCorpus corpus, Iterator<int[]> ranges) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<int[]> todo = new ArrayList<>();
    ranges.forEachRemaining(todo::add);
    return todo.stream()
        .flatMap(r -> IntStream.range(r[0], r[1]).boxed())
        .flatMap(s -> corpus.story(s).stream())
        .map(
            (GeneratedArticle g) ->
                new Tuple2<>(
                    ClusterInput.analyze(g.article(), splitter.split(g.article().body())),
                    g.story()))
        .iterator();
  }
}
