package org.storydiff.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Fact;
import org.storydiff.model.Rejection;
import org.storydiff.model.StoryResult;
import org.storydiff.report.JsonRows;
import org.storydiff.report.RunTotals;

/**
 * The whole job: read and validate, analyze, cluster into stories, align and diff each story,
 * write the datasets, the report and summary.json. Each stage is materialized once and timed.
 */
public final class StorydiffJob {

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

  /** Runs on a session the caller owns (tests share one per class). */
  public static RunSummary run(SparkSession spark, JobOptions options) {
    StageTimer timer = new StageTimer();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    var hadoopConf = spark.sparkContext().hadoopConfiguration();
    InputListing listing = InputListing.of(options.inputs(), hadoopConf);
    listing.skipped().forEach(f -> LOG.warn("skipping {}: not .jsonl, .json, .jsonl.gz or .parquet", f));
    OutputFiles out = new OutputFiles(hadoopConf, options.output());
    out.prepare(options.overwrite());

    IngestLimits limits = new IngestLimits(options.maxBodyChars(), IngestLimits.MAX_TITLE_CHARS_DEFAULT);
    JavaRDD<IngestOutcome> outcomes = persist(ReadInputs.read(spark, listing, limits));
    long recordsRead = timer.time("read", outcomes::count);
    DeduplicateIds.Result deduplicated = DeduplicateIds.apply(outcomes
        .filter(o -> o instanceof IngestOutcome.Accepted).map(o -> (IngestOutcome.Accepted) o));
    JavaRDD<Rejection> rejections = outcomes
        .filter(o -> o instanceof IngestOutcome.Rejected).map(o -> ((IngestOutcome.Rejected) o).rejection())
        .union(deduplicated.rejections());
    JavaRDD<Article> articles = deduplicated.articles();

    JavaRDD<AnalyzedArticle> analyzed = persist(AnalyzeArticles.apply(articles));
    long accepted = timer.time("analyze", analyzed::count);
    LOG.info("read {} records: {} accepted", recordsRead, accepted);

    ClusterSettings clusterSettings = clusterSettings(options);
    ClusterStories.Result clusters = timer.time("cluster", () -> ClusterStories.apply(jsc, analyzed.map(a -> new ClusterInput(a.article(), a.sentences())), clusterSettings));
    JavaRDD<StoryResult> results = persist(ProcessStories.apply(analyzed, clusters.storyIds()));
    long stories = timer.time("stories", results::count);
    long multiVersion = results.filter(StoryResult::isMultiVersion).count();

    DatasetWriter writer = new DatasetWriter(spark, options.output(), options.format());
    long[] written = timer.time("write", () -> new long[] {
        writer.write(OutputSchemas.ARTICLES, results.flatMap(r -> JsonRows.articles(r).iterator())),
        writer.write(OutputSchemas.ALIGNMENTS, results.flatMap(r -> JsonRows.alignments(r).iterator())),
        writer.write(OutputSchemas.FACTS, results.flatMap(r -> JsonRows.facts(r).iterator())),
        writer.write(OutputSchemas.CHANGES, results.flatMap(r -> JsonRows.changes(r).iterator())),
        writer.write(OutputSchemas.REJECTED, rejections.map(JsonRows::rejected))});
    long rejected = written[4];
    RunTotals totals = new RunTotals(recordsRead, accepted, rejected, stories, multiVersion);
    long pages = timer.time("report", () -> WriteReport.apply(results, out, totals));

    RunSummary summary = new RunSummary(recordsRead, accepted, rejected, recordsRead == accepted + rejected,
        listing.skipped().stream().map(ReadInputs::displayName).toList(), stories, multiVersion, stories - multiVersion, written[1], factCounts(analyzed),
        findingCounts(results), written[3], pages, clusters.candidatePairs(), clusters.edges(),
        timer.orderedSeconds(), spark.sparkContext().master(), options.format());
    out.writeString("summary.json", summary.toJson());
    if (!summary.balanced()) {
      LOG.error("record counts do not balance: read {} != accepted {} + rejected {}", recordsRead, accepted, rejected);
    }
    analyzed.unpersist();
    results.unpersist();
    outcomes.unpersist();
    return summary;
  }

  private static ClusterSettings clusterSettings(JobOptions options) {
    ClusterSettings d = ClusterSettings.defaults();
    return new ClusterSettings(options.clusterThreshold(), d.maxTerms(), d.blockingKeys(), d.maxDfFraction(),
        d.maxBlockSize(), d.maxDateGapDays());
  }

  private static <T> JavaRDD<T> persist(JavaRDD<T> rdd) {
    return rdd.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static Map<String, Long> factCounts(JavaRDD<AnalyzedArticle> analyzed) {
    return new TreeMap<>(analyzed
        .flatMap(a -> a.facts().stream().map(Fact::kind).map(k -> k.wireName()).iterator())
        .countByValue());
  }

  private static Map<String, Map<String, Long>> findingCounts(JavaRDD<StoryResult> results) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    results.flatMap(r -> r.findings().stream().map(f -> f.change().wireName() + "/" + f.kind().wireName()).iterator())
        .countByValue()
        .forEach((key, n) -> {
          String[] parts = key.split("/");
          counts.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[1], n);
        });
    return counts;
  }
}
