package org.storydiff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.eval.ArticleFiles;
import org.storydiff.eval.BCubed;
import org.storydiff.eval.ContinuationEvaluation;
import org.storydiff.eval.GoldClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval continuation}: cuts a labelled set into runs chained by --previous and
 * prints B-cubed of the story ids the articles end up with, beside one run over everything and the
 * runs kept apart. Plain Java (no Spark).
 */
@Command(
    name = "continuation",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Cut a labelled set into runs chained by --previous and print B-cubed P, R and F1 of the story ids.")
final class EvalContinuationCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description = "Articles: JSON Lines files or directories of them, repeatable.")
  List<Path> inputs;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description = "Gold stories: {\"clusters\": [[id, ...], ...]}.")
  Path gold;

  @Option(
      names = "--parts",
      paramLabel = "<n>",
      defaultValue = "2",
      description =
          "Runs to cut the set into (by a hash of the article id). Default: ${DEFAULT-VALUE}.")
  int parts;

  @Option(
      names = "--cluster-threshold",
      paramLabel = "<x>",
      defaultValue = "" + ClusterSettings.DEFAULT_THRESHOLD,
      description = "Threshold of clustering and of continuing. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(gold)) {
      throw new IllegalArgumentException(
          "--gold " + gold + " cannot be read: give the set's gold.json");
    }
    ClusterSettings settings = ClusterSettings.defaults().withThreshold(threshold);
    ContinuationEvaluation.Result r =
        ContinuationEvaluation.evaluate(
            ArticleFiles.read(inputs), GoldClusters.read(gold), parts, settings);
    print("one run over everything", r.oneRun());
    print(parts + " runs chained by --previous", r.chained());
    print(parts + " runs without --previous", r.separate());
    System.out.printf(Locale.ROOT, "%d stories continued an earlier run's story%n", r.continued());
    return StorydiffCommand.EXIT_OK;
  }

  private static void print(String what, BCubed.Score s) {
    System.out.printf(
        Locale.ROOT,
        "%-30s B3 P=%.3f R=%.3f F1=%.3f; %d stories (gold %d)%n",
        what,
        s.precision(),
        s.recall(),
        s.f1(),
        s.predictedClusters(),
        s.goldClusters());
  }
}
