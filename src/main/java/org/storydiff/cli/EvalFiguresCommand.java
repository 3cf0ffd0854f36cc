package org.storydiff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storydiff.eval.ArticleFigures;
import org.storydiff.eval.FigureValueScorer;
import org.storydiff.eval.ValueScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval figures}: figure-value precision, recall and F1 against a labelled set, the
 * same line {@code shared/eval/score_figures.py} prints for the job's output on that set. Runs the
 * job's article analysis directly (no Spark), so it takes seconds.
 */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Score figure values against gold quantities: P, R and F1 of the values per article, as multisets.")
final class EvalFiguresCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description =
          "Articles: JSON Lines files (.jsonl, .json, .jsonl.gz) or directories of them, repeatable.")
  List<Path> inputs;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description =
          "Gold quantities: {\"sentences\": [{\"articleId\": ..., \"quantities\": [{\"value\": ...}]}]};"
              + " values that are not numbers (ranges) are skipped.")
  Path gold;

  @Option(
      names = "--min-f1",
      paramLabel = "<x>",
      defaultValue = "0",
      description = "Exit with 1 when F1 is below this. Default: ${DEFAULT-VALUE}.")
  double minF1;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("gold file does not exist: " + gold + " (check --gold)");
    }
    Map<String, List<Double>> goldValues = FigureValueScorer.readGold(gold);
    ArticleFigures.Predictions predictions = ArticleFigures.fromJsonLines(inputs);
    ValueScore score = FigureValueScorer.score(goldValues, predictions.values());
    System.out.println(score.figureValuesLine());
    long missing =
        goldValues.keySet().stream().filter(id -> !predictions.values().containsKey(id)).count();
    System.err.printf(
        java.util.Locale.ROOT,
        "storydiff: %d records read, %d articles analyzed, %d gold articles"
            + " (%d of them not in the input)%n",
        predictions.recordsRead(),
        predictions.accepted(),
        goldValues.size(),
        missing);
    return score.f1() >= minF1 ? StorydiffCommand.EXIT_OK : StorydiffCommand.EXIT_FAILED;
  }
}
