package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.model.Article;
import org.storydiff.text.SentenceSplitter;

/**
 * The job's story clustering on its own, for evaluation: the job's reading, validation,
 * de-duplication and sentence splitting, then {@link ClusterStories} once per threshold (the input
 * is read and split once). The assignments are collected to the driver, which suits the labelled
 * sets evaluation runs on (thousands of articles), not a production corpus.
 */
public final class ClusteringOnly {

  /**
   * One clustering of the input.
   *
   * @param storyIds article id → story id, sorted by article id
   * @param seconds wall time of the clustering alone
   */
  public record Outcome(
      double threshold,
      Map<String, String> storyIds,
      long candidatePairs,
      long edges,
      double seconds) {}

  private ClusteringOnly() {}

  /**
   * @param withoutDates drop every publication date first (to measure what dates contribute)
   */
  public static List<Outcome> run(
      String master,
      List<String> inputs,
      List<Double> thresholds,
      boolean withoutDates,
      Map<String, String> conf) {
    SparkSession spark = SparkSessions.create(master, conf);
    try {
      return run(spark, inputs, thresholds, withoutDates);
    } finally {
      spark.stop();
    }
  }

  static List<Outcome> run(
      SparkSession spark, List<String> inputs, List<Double> thresholds, boolean withoutDates) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    InputListing listing = InputListing.of(inputs, spark.sparkContext().hadoopConfiguration());
    IngestLimits limits =
        new IngestLimits(JobOptions.MAX_BODY_CHARS_DEFAULT, IngestLimits.MAX_TITLE_CHARS_DEFAULT);
    JavaRDD<IngestOutcome.Accepted> accepted =
        ReadInputs.read(spark, listing, limits)
            .filter(o -> o instanceof IngestOutcome.Accepted)
            .map(o -> (IngestOutcome.Accepted) o)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Article> articles =
        DeduplicateIds.apply(
                accepted, Partitions.forArticles(jsc.defaultParallelism(), accepted.count()))
            .articles()
            .map(IngestOutcome.Accepted::article);
    JavaRDD<ClusterInput> split =
        articles
            .map(
                a ->
                    withoutDates
                        ? new Article(
                            a.id(),
                            a.source(),
                            a.body(),
                            a.title(),
                            null,
                            a.url(),
                            a.language(),
                            null,
                            a.languageSource())
                        : a)
            .mapPartitions(ClusteringOnly::split)
            .persist(StorageLevel.MEMORY_AND_DISK());
    split.count();
    accepted.unpersist();
    List<Outcome> outcomes = new ArrayList<>();
    for (double threshold : thresholds) {
      ClusterSettings settings = ClusterSettings.defaults().withThreshold(threshold);
      long started = System.nanoTime();
      ClusterStories.Result result = ClusterStories.apply(jsc, split, settings);
      Map<String, String> storyIds = new TreeMap<>(result.storyIds().collectAsMap());
      double seconds = (System.nanoTime() - started) / 1e9;
      result.unpersist();
      outcomes.add(
          new Outcome(threshold, storyIds, result.candidatePairs(), result.edges(), seconds));
    }
    split.unpersist();
    return outcomes;
  }

  private static Iterator<ClusterInput> split(Iterator<Article> articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<ClusterInput> out = new ArrayList<>();
    articles.forEachRemaining(
        a -> out.add(ClusterInput.analyze(a, splitter.split(a.body(), a.language()))));
    return out.iterator();
  }
}
