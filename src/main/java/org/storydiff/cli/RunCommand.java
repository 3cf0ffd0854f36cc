package org.storydiff.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.spark.JobOptions;
import org.storydiff.spark.RunSummary;
import org.storydiff.spark.SparkSessions;
import org.storydiff.spark.StorydiffJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storydiff run}: the whole job, from input files to datasets, report and summary. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run the whole job: ingest, story clustering, sentence alignment, fact extraction, diff, reports.")
final class RunCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description =
          "Input file or directory, repeatable. JSON Lines (.jsonl, .json, .jsonl.gz) or Parquet"
              + " (.parquet or a Parquet directory). Directories are read recursively; names starting with _ or . are skipped.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<dir>",
      description = "Output directory; must not exist or be empty unless --overwrite.")
  String output;

  @Option(
      names = "--master",
      paramLabel = "<url>",
      description =
          "Spark master URL, e.g. spark://host:7077. Default: the one spark-submit set, else "
              + SparkSessions.LOCAL_MASTER_DEFAULT
              + " (embedded, no Spark installation needed).")
  String master;

  @Option(
      names = "--format",
      paramLabel = "json|parquet",
      defaultValue = JobOptions.FORMAT_DEFAULT,
      description = "Format of the output datasets. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--overwrite",
      description =
          "Replace a non-empty output directory; the old output stays until the new one is complete.")
  boolean overwrite;

  @Option(
      names = "--max-body-chars",
      paramLabel = "<n>",
      defaultValue = "" + JobOptions.MAX_BODY_CHARS_DEFAULT,
      description =
          "Reject articles whose body is longer than this (UTF-16 chars). Default: ${DEFAULT-VALUE}.")
  int maxBodyChars;

  @Option(
      names = "--max-title-chars",
      paramLabel = "<n>",
      defaultValue = "" + IngestLimits.MAX_TITLE_CHARS_DEFAULT,
      description =
          "Reject articles whose title is longer than this (UTF-16 chars). Default: ${DEFAULT-VALUE}.")
  int maxTitleChars;

  @Option(
      names = "--max-sentences",
      paramLabel = "<n>",
      defaultValue = "" + PipelineLimits.MAX_SENTENCES_DEFAULT,
      description = "Reject articles with more sentences than this. Default: ${DEFAULT-VALUE}.")
  int maxSentences;

  @Option(
      names = "--max-versions",
      paramLabel = "<n>",
      defaultValue = "" + PipelineLimits.MAX_VERSIONS_DEFAULT,
      description =
          "Compare at most this many versions of one story (the earliest published); the others are"
              + " listed as not compared. Default: ${DEFAULT-VALUE}.")
  int maxVersions;

  @Option(
      names = "--cluster-threshold",
      paramLabel = "<x>",
      defaultValue = "" + ClusterSettings.DEFAULT_THRESHOLD,
      description =
          "Least average similarity (0-1] for articles to form one story. Default: ${DEFAULT-VALUE}.")
  double clusterThreshold;

  @Option(
      names = "--previous",
      paramLabel = "<dir>",
      description =
          "An earlier run's output directory (e.g. yesterday's): stories of this run that continue one of"
              + " its stories keep that story's id, and its stories within the 7-day window are carried forward into this"
              + " run's stories/. An empty value means none (for schedulers that template it). Default: none, every"
              + " story gets an id of its own.")
  String previous;

  @Option(
      names = "--conf",
      paramLabel = "<key=value>",
      description = "Extra Spark setting, repeatable, e.g. --conf spark.executor.memory=4g.")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Override
  public Integer call() {
    JobOptions options = options();
    RunSummary summary = StorydiffJob.run(options);
    System.out.printf(
        Locale.ROOT,
        "storydiff: %d records read, %d accepted, %d rejected; %d stories (%d with several versions); %d findings%n",
        summary.records().recordsRead(),
        summary.records().accepted(),
        summary.records().rejected(),
        summary.stories().total(),
        summary.stories().multiVersion(),
        summary.output().findingsTotal());
    if (options.previous() != null) {
      System.out.printf(
          Locale.ROOT,
          "storydiff: %d stories continued from %s, %d earlier stories carried forward%n",
          summary.previous().storiesContinued(),
          options.previous(),
          summary.previous().storiesCarriedForward());
    }
    System.out.println("storydiff: report at " + output + "/report/index.html");
    return StorydiffCommand.EXIT_OK;
  }

  /** The run's options as parsed; an empty --previous is none. */
  JobOptions options() {
    return new JobOptions(
        inputs,
        output,
        master,
        format.toLowerCase(Locale.ROOT),
        overwrite,
        new IngestLimits(maxBodyChars, maxTitleChars),
        new PipelineLimits(maxSentences, maxVersions),
        clustering(),
        sparkConf,
        previous == null || previous.isBlank() ? null : previous);
  }

  private ClusterSettings clustering() {
    try {
      return ClusterSettings.defaults().withThreshold(clusterThreshold);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--cluster-threshold: " + e.getMessage());
    }
  }
}
