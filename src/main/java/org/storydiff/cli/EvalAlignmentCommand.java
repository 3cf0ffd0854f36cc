package org.storydiff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storydiff.align.StoryAligner;
import org.storydiff.eval.AlignmentEvaluation;
import org.storydiff.eval.AlignmentGold;
import org.storydiff.eval.ArticleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storydiff eval alignment}: sentence alignment against a hand-made gold. */
@Command(
    name = "alignment",
    mixinStandardHelpOptions = true,
    description =
        "Precision/recall of sentence alignments and accuracy of their relation against a gold file.")
final class EvalAlignmentCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "<path>",
      defaultValue = "sample-data",
      description =
          "JSON Lines files or folders holding the gold's articles. Default: ${DEFAULT-VALUE}.")
  List<Path> inputs;

  @Option(
      names = "--gold",
      paramLabel = "<file>",
      defaultValue = "src/test/resources/align/sample-data-gold.json",
      description =
          "The alignment gold (format: see org.storydiff.eval.AlignmentGold). Default: ${DEFAULT-VALUE}.")
  Path gold;

  @Option(names = "--show-errors", description = "List missed and extra links and wrong relations.")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    StoryAligner aligner = new StoryAligner();
    AlignmentEvaluation evaluation =
        new AlignmentEvaluation(aligner::align, showErrors ? System.out : null);
    AlignmentEvaluation.Result result =
        evaluation.evaluate(AlignmentGold.read(gold), ArticleFiles.read(inputs));
    AlignmentEvaluation.summary(result).forEach(System.out::println);
    return StorydiffCommand.EXIT_OK;
  }
}
