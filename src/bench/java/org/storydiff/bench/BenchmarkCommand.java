package org.storydiff.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storydiff.cli.StorydiffCommand;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/benchmark}: synthetic corpora and the figures measured on them. Separate from
 * {@code storydiff} (and from the tests) because it measures time and scale, not behaviour.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Generate synthetic news corpora and measure storydiff on them.",
    subcommands = {
      BenchmarkCommand.Generate.class,
      BenchmarkCommand.Lineage.class,
      BenchmarkCommand.LongStory.class,
      BenchmarkCommand.Clusters.class,
      JobBenchmarkCommand.class,
      ReplicateCommand.class,
      LanguageCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchmarkCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "choose 'generate', 'replicate', 'clusters', 'lineage', 'longstory' or 'run', e.g."
            + " 'benchmark clusters --articles 10000'");
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new BenchmarkCommand());
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("benchmark: " + e.getMessage() + " (see --help)");
          return StorydiffCommand.EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("benchmark: " + e.getMessage());
          return e instanceof IllegalArgumentException
              ? StorydiffCommand.EXIT_USAGE
              : StorydiffCommand.EXIT_FAILED;
        });
    System.exit(cli.execute(args));
  }

  /** The corpus options, shared by the subcommands. */
  static final class CorpusOptions {
    @Option(
        names = "--articles",
        required = true,
        paramLabel = "<n>",
        description = "How many articles.")
    long articles;

    @Option(
        names = "--seed",
        paramLabel = "<n>",
        defaultValue = "1",
        description = "Corpus seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
        names = "--days",
        paramLabel = "<n>",
        description = "Days the events spread over. Default: max(14, articles / 20,000).")
    Integer days;

    @Option(
        names = "--pickup-share",
        paramLabel = "<share>",
        defaultValue = "0",
        description =
            "Share of later versions written as pickups of an earlier version (or of a pickup),"
                + " labelled in lineage.json, e.g. 0.25. Default: ${DEFAULT-VALUE} (no pickups).")
    double pickupShare;

    CorpusConfig config() {
      CorpusConfig d = CorpusConfig.of(seed, articles);
      return (days == null
              ? d
              : new CorpusConfig(
                  seed,
                  articles,
                  d.singletonShare(),
                  d.maxVersions(),
                  days,
                  d.sequelShare(),
                  d.start(),
                  d.pickupShare()))
          .withPickupShare(pickupShare);
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Write a synthetic corpus: articles.jsonl, gold.json (its stories) and planted.jsonl (the"
              + " differences planted in each version).")
  static final class Generate implements Callable<Integer> {
    @CommandLine.Mixin CorpusOptions corpus;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "<dir>",
        description = "Directory to write to.")
    Path output;

    @Override
    public Integer call() throws IOException {
      SyntheticCorpus c = new SyntheticCorpus(corpus.config());
      long started = System.nanoTime();
      long n = CorpusFiles.write(c, output);
      System.out.printf(
          Locale.ROOT,
          "benchmark: wrote %d articles in %d stories to %s in %.1f s%n",
          n,
          c.stories(),
          output,
          (System.nanoTime() - started) / 1e9);
      return StorydiffCommand.EXIT_OK;
    }
  }

  @Command(
      name = "lineage",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Run the story pipeline in plain Java over a generated corpus's own stories (no Spark, no"
              + " clustering) and print lineage accuracy against the generator's labels and the"
              + " lineage step's share of the pipeline's time; with --versions, one story told by"
              + " that many outlets, with its seconds and peak heap.")
  static final class Lineage implements Callable<Integer> {
    @CommandLine.Mixin CorpusOptions corpus;

    @Option(
        names = "--versions",
        paramLabel = "<n>",
        description = "Measure one story of this many versions instead of the corpus.")
    Integer versions;

    @Override
    public Integer call() {
      SyntheticCorpus c = new SyntheticCorpus(corpus.config());
      long started = System.nanoTime();
      List<String> lines =
          versions == null
              ? LineageBenchmark.corpus(c)
              : LineageBenchmark.manyVersions(c, versions);
      lines.forEach(System.out::println);
      System.out.printf(
          Locale.ROOT, "benchmark: %.1f s in all%n", (System.nanoTime() - started) / 1e9);
      return StorydiffCommand.EXIT_OK;
    }
  }

  @Command(
      name = "longstory",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Run the story pipeline's steps in plain Java over one generated story told by many"
              + " outlets in 430-900-word versions, and print each step's seconds, the peak heap"
              + " and the findings (with a digest to compare two builds).")
  static final class LongStory implements Callable<Integer> {
    @Option(
        names = "--versions",
        paramLabel = "<n>",
        defaultValue = "1000",
        description = "Versions of the story. Default: ${DEFAULT-VALUE}.")
    int versions;

    @Option(
        names = "--seed",
        paramLabel = "<n>",
        defaultValue = "1",
        description = "Corpus seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
        names = "--pickup-share",
        paramLabel = "<share>",
        defaultValue = "0",
        description =
            "Share of later versions written as pickups of an earlier one. Default:"
                + " ${DEFAULT-VALUE}.")
    double pickupShare;

    @Override
    public Integer call() {
      if (versions < 2) {
        throw new IllegalArgumentException("--versions must be at least 2, e.g. 1000");
      }
      CorpusConfig config = CorpusConfig.of(seed, 100).withPickupShare(pickupShare);
      LongStoryBenchmark.run(new SyntheticCorpus(config), versions).forEach(System.out::println);
      return StorydiffCommand.EXIT_OK;
    }
  }

  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Cluster a synthetic corpus generated inside Spark (nothing written to disk) and print the"
              + " time, the work done and B-cubed P/R/F1 against the generator's stories.")
  static final class Clusters implements Callable<Integer> {
    @CommandLine.Mixin CorpusOptions corpus;

    @Option(
        names = "--cluster-threshold",
        paramLabel = "<x>",
        defaultValue = "" + ClusterSettings.DEFAULT_THRESHOLD,
        description = "Clustering threshold. Default: ${DEFAULT-VALUE}.")
    double threshold;

    @Option(
        names = "--partitions",
        paramLabel = "<n>",
        defaultValue = "0",
        description =
            "Partitions to generate into. Default: 4 per core, at least one per 5,000 articles.")
    int partitions;

    @Option(
        names = "--master",
        paramLabel = "<url>",
        description = "Spark master. Default: " + SparkSessions.LOCAL_MASTER_DEFAULT + ".")
    String master;

    @Option(
        names = "--conf",
        paramLabel = "<key=value>",
        description = "Extra Spark setting, repeatable.")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Override
    public Integer call() {
      CorpusConfig config = corpus.config();
      ClusterSettings settings = ClusterSettings.defaults().withThreshold(threshold);
      SparkSession spark = SparkSessions.create(master, sparkConf);
      try {
        int cores = spark.sparkContext().defaultParallelism();
        int slices =
            partitions > 0
                ? partitions
                : (int) Math.max(4L * cores, (config.articles() + 4_999) / 5_000);
        long started = System.nanoTime();
        ClusterBenchmark.Figures f =
            ClusterBenchmark.run(spark, new SyntheticCorpus(config), slices, settings);
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "articles=%d stories=%d days=%d cores=%d partitions=%d prepare_s=%.1f cluster_s=%.1f total_s=%.1f"
                + " candidate_pairs=%d pairs_per_article=%.1f edges=%d components=%d largest_component=%d"
                + " predicted_stories=%d B3_P=%.4f B3_R=%.4f B3_F1=%.4f%n",
            f.articles(),
            f.stories(),
            config.days(),
            cores,
            slices,
            f.prepareSeconds(),
            f.clusterSeconds(),
            total,
            f.candidatePairs(),
            (double) f.candidatePairs() / f.articles(),
            f.edges(),
            f.components(),
            f.largestComponent(),
            f.predictedStories(),
            f.score().precision(),
            f.score().recall(),
            f.score().f1());
      } finally {
        spark.stop();
      }
      return StorydiffCommand.EXIT_OK;
    }
  }
}
