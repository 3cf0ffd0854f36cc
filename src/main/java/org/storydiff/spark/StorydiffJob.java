package org.storydiff.spark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.StorySketch;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.model.Rejection;
import org.storydiff.report.DatasetRows;
import org.storydiff.report.RunTotals;
import scala.Tuple2;

/**
 * The whole job: read and validate, analyze, cluster into stories, align and diff each story, write
 * the datasets, the report and summary.json. Each stage is materialized once and timed.
 */
public final class StorydiffJob {

  /** Articles a clustering partition holds at most (see where {@code toCluster} is made). */
  private static final long MAX_CLUSTER_PARTITION_ARTICLES = 50_000;

  private static final Logger LOG = LoggerFactory.getLogger(StorydiffJob.class);

  private StorydiffJob() {}

  /** Runs with a session of its own, stopped at the end. */
  public static RunSummary run(JobOptions options) {
    SparkSession spark = SparkSessions.create(options.master(), options.sparkConf());
    try {
      return run(spark, options);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs on a session the caller owns (tests share one per class). Everything is written to a
   * staging directory first and put in place only when the whole run succeeded.
   */
  public static RunSummary run(SparkSession spark, JobOptions options) {
    var hadoopConf = spark.sparkContext().hadoopConfiguration();
    InputListing listing = InputListing.of(options.inputs(), hadoopConf);
    listing
        .skipped()
        .forEach(f -> LOG.warn("skipping {}: not .jsonl, .json, .jsonl.gz or .parquet", f));
    PreviousStories previous =
        options.previous() == null ? null : PreviousStories.locate(options.previous(), hadoopConf);
    OutputFiles out =
        new OutputFiles(hadoopConf, options.output(), spark.sparkContext().applicationId());
    out.prepare(options.overwrite());
    boolean committed = false;
    try {
      RunSummary summary = runStages(spark, options, listing, previous, out);
      out.commit(options.overwrite());
      committed = true;
      LOG.info("output complete in {}", out.outputDir());
      return summary;
    } finally {
      // Spark throws checked SparkExceptions undeclared, so a finally, not a catch, cleans up.
      if (!committed) {
        out.abort();
      }
    }
  }

  private static RunSummary runStages(
      SparkSession spark,
      JobOptions options,
      InputListing listing,
      PreviousStories previous,
      OutputFiles out) {
    StageTimer timer = new StageTimer();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Read first, so an unreadable --previous fails the run before any work.
    PreviousStories.Read earlier =
        previous == null
            ? null
            : timer.time(
                "previous",
                () -> previous.read(spark),
                PreviousStories.Read::stories,
                "earlier stories");
    JavaRDD<IngestOutcome> outcomes =
        persist(ReadInputs.read(spark, listing, options.ingestLimits()));
    Tally read =
        timer.time(
            "read",
            () -> Tally.of(outcomes, o -> o instanceof IngestOutcome.Rejected),
            Tally::all,
            "records");
    long recordsRead = read.all();
    DeduplicateIds.Result deduplicated =
        DeduplicateIds.apply(
            outcomes
                .filter(o -> o instanceof IngestOutcome.Accepted)
                .map(o -> (IngestOutcome.Accepted) o),
            Partitions.forArticles(jsc.defaultParallelism(), recordsRead));
    JavaRDD<AnalyzeArticles.Row> analysis =
        persist(
            AnalyzeArticles.apply(
                deduplicated.articles(), options.pipelineLimits().maxSentences()));
    JavaPairRDD<String, byte[]> analyzed =
        analysis.filter(r -> r.article() != null).mapToPair(r -> new Tuple2<>(r.id(), r.article()));
    Tally analyzing =
        timer.time(
            "analyze",
            () -> Tally.of(analysis, r -> r.rejection() != null),
            Tally::kept,
            "articles accepted");
    long accepted = analyzing.kept();
    // Each step's rejections are read only when that step counted some: reading them means reading
    // the step's whole cache, and almost always they are none.
    List<JavaRDD<Rejection>> rejectedBySteps = new ArrayList<>();
    if (read.rejected() > 0) {
      rejectedBySteps.add(
          outcomes
              .filter(o -> o instanceof IngestOutcome.Rejected)
              .map(o -> ((IngestOutcome.Rejected) o).rejection()));
    }
    if (deduplicated.metDuplicates()) {
      rejectedBySteps.add(deduplicated.rejections());
    }
    if (analyzing.rejected() > 0) {
      rejectedBySteps.add(
          analysis.filter(r -> r.rejection() != null).map(AnalyzeArticles.Row::rejection));
    }
    JavaRDD<Rejection> rejections =
        rejectedBySteps.stream().reduce(JavaRDD::union).orElseGet(jsc::emptyRDD);
    // A cache no later step reads is dropped as soon as that is known, so that memory holds about
    // one copy of the articles at a time.
    if (read.rejected() == 0) {
      outcomes.unpersist(false);
    }
    if (!deduplicated.metDuplicates()) {
      deduplicated.release();
    }

    ClusterSettings clusterSettings = options.clustering();
    // Clustering's input is coalesced to one partition per core, as every measurement so far ran it
    // (chosen when its feature cache held objects, whose size estimate costs a sample per
    // partition), but to no more than MAX_CLUSTER_PARTITION_ARTICLES a partition: a million
    // articles in two partitions ran out of a 4 GB heap.
    int clusterPartitions =
        (int)
            Math.max(
                jsc.defaultParallelism(),
                (accepted + MAX_CLUSTER_PARTITION_ARTICLES - 1) / MAX_CLUSTER_PARTITION_ARTICLES);
    JavaRDD<byte[]> articles = analyzed.values();
    JavaRDD<byte[]> toCluster =
        articles.getNumPartitions() > clusterPartitions
            ? articles.coalesce(clusterPartitions)
            : articles;
    ClusterStories.Result clusters =
        timer.time(
            "cluster",
            () -> ClusterStories.apply(jsc, clusterInputs(toCluster), clusterSettings),
            ClusterStories.Result::candidatePairs,
            "candidate pairs compared");
    ContinueStories.Result continued =
        earlier == null
            ? ContinueStories.Result.none(clusters.stories())
            : timer.time(
                "continue",
                () ->
                    ContinueStories.apply(
                        jsc, clusters.stories(), earlier.sketches(), clusterSettings),
                ContinueStories.Result::continued,
                "stories continued");
    StoryWorkTime storyWork = new StoryWorkTime(jsc);
    WriteReport.Pages storyPages = new WriteReport.Pages(jsc.sc(), out);
    // On disk only: each dataset's write reads it once in sequence, and at 500k articles a
    // memory-and-disk block read back from disk was cached into a full heap and ran out of it.
    JavaRDD<StoryOutput> results =
        ProcessStories.apply(
                analyzed,
                deduplicated.byId(),
                storyIds(jsc, clusters, continued.links()),
                options.pipelineLimits(),
                storyWork,
                storyPages,
                options.format())
            .persist(StorageLevel.DISK_ONLY());
    // The stories' pages are written here too (WriteReport.Pages).
    ResultTotals resultTotals =
        timer.time("stories", () -> ResultTotals.of(results), ResultTotals::stories, "stories");
    long stories = resultTotals.stories();
    if (analyzing.rejected() == 0) {
      analysis.unpersist(false);
    }
    Map<String, Double> storyWorkSeconds = storyWork.seconds();
    LOG.info("stories stage task time, summed over stories (s): {}", storyWorkSeconds);
    long multiVersion = resultTotals.multiVersion();
    logNotCompared(resultTotals, options.pipelineLimits().maxVersions());

    JavaRDD<StorySketch> storyRows = continued.stories();
    Written written =
        timer.time(
            "write",
            () ->
                options.format().equals("json")
                    ? Written.json(jsc, out, results, resultTotals.rows(), rejections, storyRows)
                    : Written.of(
                        new DatasetWriter(spark, out.stagingDir(), options.format()),
                        results,
                        resultTotals.rows(),
                        rejections,
                        storyRows),
            Written::total,
            "rows");
    long rejected = written.rejected();
    RunTotals totals = new RunTotals(recordsRead, accepted, rejected, stories, multiVersion);
    long pages =
        timer.count("report", "story pages", () -> WriteReport.index(results, out, totals));
    storyPages.release();

    RunSummary summary =
        new RunSummary(
            new RunSummary.Records(
                recordsRead,
                accepted,
                rejected,
                listing.skipped().stream().map(ReadInputs::displayName).toList()),
            new RunSummary.Stories(stories, multiVersion),
            new RunSummary.Output(
                written.alignments(),
                resultTotals.facts(),
                resultTotals.findings(),
                written.changes(),
                pages),
            new RunSummary.Incomplete(resultTotals.versionsNotCompared(), resultTotals.failed()),
            new RunSummary.Clustering(clusters.candidatePairs(), clusters.edges()),
            new RunSummary.Stages(timer.orderedSeconds(), timer.orderedCounts(), storyWorkSeconds),
            spark.sparkContext().master(),
            options.format(),
            earlier == null
                ? RunSummary.Previous.NONE
                : new RunSummary.Previous(
                    options.previous(),
                    earlier.stories(),
                    earlier.invalidRows(),
                    continued.continued(),
                    continued.carried(),
                    continued.expired()));
    out.writeString("summary.json", summary.toJson());
    if (!summary.records().balanced()) {
      LOG.error(
          "record counts do not balance: read {} != accepted {} + rejected {}",
          recordsRead,
          accepted,
          rejected);
    }
    analysis.unpersist();
    results.unpersist();
    clusters.unpersist();
    continued.stories().unpersist();
    if (earlier != null) {
      earlier.sketches().unpersist();
    }
    outcomes.unpersist();
    deduplicated.release();
    return summary;
  }

  /** The clustering input of each serialized analysed article, one at a time. */
  private static JavaRDD<ClusterInput> clusterInputs(JavaRDD<byte[]> articles) {
    return articles.mapPartitions(
        partition -> {
          SerializedBytes bytes = new SerializedBytes();
          Iterable<byte[]> each = () -> partition;
          return StreamSupport.stream(each.spliterator(), false)
              .map(a -> ClusterInput.of(AnalyzeArticles.article(a, bytes)))
              .iterator();
        });
  }

  /**
   * Article id → story id, where stories that continue an earlier one take its id ({@code links}:
   * one entry per continuing story, small enough to broadcast).
   */
  private static JavaPairRDD<String, String> storyIds(
      JavaSparkContext jsc, ClusterStories.Result clusters, Map<String, String> links) {
    if (links.isEmpty()) {
      return clusters.storyIds();
    }
    Broadcast<Map<String, String>> renamed = jsc.broadcast(links);
    return clusters.storyIds().mapValues(story -> renamed.value().getOrDefault(story, story));
  }

  /** Rows written per dataset. */
  private record Written(
      long articles,
      long alignments,
      long facts,
      long changes,
      long lineage,
      long rejected,
      long stories) {

    /**
     * JSON, in one pass: the stories' rows as their tasks printed them, the other datasets' rows
     * printed here ({@link JsonDatasets}). {@code n}: the rows the results give per dataset ({@link
     * ResultTotals#rows}).
     */
    static Written json(
        JavaSparkContext jsc,
        OutputFiles out,
        JavaRDD<StoryOutput> results,
        long[] n,
        JavaRDD<Rejection> rejections,
        JavaRDD<StorySketch> stories) {
      Map<OutputSchemas, Long> rows = new EnumMap<>(OutputSchemas.class);
      StoryOutput.DATASETS.forEach(d -> rows.put(d.schema, n[d.ordinal()]));
      Written written =
          new Written(
              n[StoryOutput.Dataset.ARTICLES.ordinal()],
              n[StoryOutput.Dataset.ALIGNMENTS.ordinal()],
              n[StoryOutput.Dataset.FACTS.ordinal()],
              n[StoryOutput.Dataset.CHANGES.ordinal()],
              n[StoryOutput.Dataset.LINEAGE.ordinal()],
              rejections.count(),
              stories.count());
      rows.put(OutputSchemas.REJECTED, written.rejected());
      rows.put(OutputSchemas.STORIES, written.stories());
      JsonDatasets.Layout layout = new JsonDatasets.Layout(rows);
      JavaPairRDD<JsonDatasets.BlockKey, byte[]> blocks =
          results
              .flatMapToPair(story -> story.jsonBlocks(layout))
              .union(
                  JsonDatasets.rowBlocks(
                      rejections.map(DatasetRows::rejected), OutputSchemas.REJECTED, layout))
              .union(
                  JsonDatasets.rowBlocks(
                      stories.map(StoryRows::values), OutputSchemas.STORIES, layout));
      JsonDatasets.write(jsc.sc(), out, layout, blocks);
      return written;
    }

    /**
     * Parquet, one Spark SQL write per dataset. {@code n}: the rows the results give per dataset
     * ({@link ResultTotals#rows}).
     */
    static Written of(
        DatasetWriter writer,
        JavaRDD<StoryOutput> results,
        long[] n,
        JavaRDD<Rejection> rejections,
        JavaRDD<StorySketch> stories) {
      return new Written(
          write(writer, results, StoryOutput.Dataset.ARTICLES, n),
          write(writer, results, StoryOutput.Dataset.ALIGNMENTS, n),
          write(writer, results, StoryOutput.Dataset.FACTS, n),
          write(writer, results, StoryOutput.Dataset.CHANGES, n),
          write(writer, results, StoryOutput.Dataset.LINEAGE, n),
          writer.write(
              OutputSchemas.REJECTED, rejections.map(DatasetRows::rejected), rejections.count()),
          writer.write(OutputSchemas.STORIES, stories.map(StoryRows::values), stories.count()));
    }

    private static long write(
        DatasetWriter writer, JavaRDD<StoryOutput> results, StoryOutput.Dataset dataset, long[] n) {
      return writer.write(
          dataset.schema,
          results.mapPartitions(
              stories -> StoryOutput.rows(stories, dataset, new SerializedBytes())),
          n[dataset.ordinal()]);
    }

    long total() {
      return articles + alignments + facts + changes + lineage + rejected + stories;
    }
  }

  /** Each story with versions left out (over --max-versions) is logged. */
  private static void logNotCompared(ResultTotals totals, int maxVersions) {
    totals
        .notCompared()
        .forEach(
            (story, n) ->
                LOG.warn(
                    "story {} has more than {} versions (--max-versions): {} versions not compared",
                    story,
                    maxVersions,
                    n));
  }

  /**
   * Serialized (Kryo): a cached partition is a few byte arrays, several times smaller than the
   * objects, and Spark need not walk millions of small objects to estimate their size.
   */
  private static <T> JavaRDD<T> persist(JavaRDD<T> rdd) {
    return rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
  }
}
