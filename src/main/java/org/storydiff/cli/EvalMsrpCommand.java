package org.storydiff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storydiff.eval.MsrpEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storydiff eval msrp}: the sentence-pair decision on MSRP and STS headlines. */
@Command(
    name = "msrp",
    mixinStandardHelpOptions = true,
    description =
        "Accuracy/F1 of the same-statement decision on MSRP (thresholds from train+val, figures"
            + " on test) and correlation with STS news-headline similarity.")
final class EvalMsrpCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "<dir>",
      defaultValue = "../shared/datasets/msrp-sts/dataset-sts/data",
      description =
          "The dataset-sts data folder (holding para/msr and sts/semeval-sts). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data.resolve("para/msr"))) {
      throw new IllegalArgumentException(
          "MSRP data not found: expected para/msr/msr-para-*.tsv under " + data + " (set --data)");
    }
    new MsrpEvaluation(System.out).run(data);
    return StorydiffCommand.EXIT_OK;
  }
}
