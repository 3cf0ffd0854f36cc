package org.storydiff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.eval.BCubed;
import org.storydiff.eval.GoldClusters;
import org.storydiff.spark.ClusteringOnly;
import org.storydiff.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval clusters}: clusters a labelled set exactly as {@code run} does and prints
 * B-cubed precision, recall and F1 against its gold stories (the metric of {@code
 * score_clusters.py}), optionally over a range of thresholds.
 */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Cluster a labelled set as 'run' does and print B-cubed precision, recall and F1.")
final class EvalClustersCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description = "Articles, as for 'run' (file or directory, repeatable).")
  List<String> inputs;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description = "Gold stories: {\"clusters\": [[id, ...], ...]}.")
  Path gold;

  @Option(
      names = "--cluster-threshold",
      paramLabel = "<x>",
      defaultValue = "" + ClusterSettings.DEFAULT_THRESHOLD,
      description = "Threshold to measure. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(
      names = "--sweep",
      paramLabel = "<from,to,step>",
      description =
          "Also measure every threshold from..to by step, e.g. 0.15,0.30,0.01, to see how flat F1 is"
              + " around the default.")
  String sweep;

  @Option(
      names = "--without-dates",
      description = "Ignore publication dates, to measure what they contribute.")
  boolean withoutDates;

  @Option(
      names = "--master",
      paramLabel = "<url>",
      description = "Spark master URL. Default: " + SparkSessions.LOCAL_MASTER_DEFAULT + ".")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "<key=value>",
      description = "Extra Spark setting, repeatable.")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Override
  public Integer call() {
    List<Double> thresholds = thresholds();
    if (!Files.isReadable(gold)) {
      throw new IllegalArgumentException(
          "--gold " + gold + " cannot be read: give the set's gold.json");
    }
    Map<String, Integer> goldStories;
    try {
      goldStories = GoldClusters.read(gold);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--gold " + gold + " is not valid JSON: " + e.getMessage());
    }
    for (ClusteringOnly.Outcome o :
        ClusteringOnly.run(master, inputs, thresholds, withoutDates, sparkConf)) {
      BCubed.Score s = BCubed.score(o.storyIds(), goldStories);
      System.out.printf(
          Locale.ROOT,
          "threshold %.3f: B3 P=%.3f R=%.3f F1=%.3f; %d stories (gold %d) over %d gold articles%s;"
              + " %d articles, %d candidate pairs, %d edges, %.1f s%n",
          o.threshold(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.predictedClusters(),
          s.goldClusters(),
          s.articles(),
          s.missing() > 0 ? " (" + s.missing() + " missing from the output)" : "",
          o.storyIds().size(),
          o.candidatePairs(),
          o.edges(),
          o.seconds());
    }
    return StorydiffCommand.EXIT_OK;
  }

  private List<Double> thresholds() {
    List<Double> out = new ArrayList<>(List.of(threshold));
    if (sweep != null) {
      String[] parts = sweep.split(",");
      if (parts.length != 3) {
        throw new IllegalArgumentException(
            "--sweep must be from,to,step, e.g. 0.15,0.30,0.01, got '" + sweep + "'");
      }
      double from = Double.parseDouble(parts[0]);
      double to = Double.parseDouble(parts[1]);
      double step = Double.parseDouble(parts[2]);
      if (!(step > 0) || !(from > 0) || !(to <= 1) || from > to) {
        throw new IllegalArgumentException(
            "--sweep needs 0 < from <= to <= 1 and step > 0, got '" + sweep + "'");
      }
      HashSet<Long> seen = new HashSet<>(List.of(Math.round(threshold * 1e6)));
      for (int k = 0; from + k * step <= to + 1e-9; k++) {
        double t = Math.round((from + k * step) * 1e6) / 1e6;
        if (seen.add(Math.round(t * 1e6))) {
          out.add(t);
        }
      }
      out.sort(null);
    }
    return out;
  }
}
