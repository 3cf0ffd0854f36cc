package org.storydiff.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storydiff eval}: re-measures accuracy against a labelled set, so anyone can check the
 * figures docs/measurements.md reports. Each kind of measurement is its own subcommand; the scoring
 * lives in {@code org.storydiff.eval} (plain Java, no Spark), the subcommands only run the job and
 * print.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure accuracy against labelled data and print precision, recall and F1.",
    subcommands = {
      EvalClustersCommand.class,
      EvalContinuationCommand.class,
      EvalMsrpCommand.class,
      EvalAlignmentCommand.class,
      EvalFiguresCommand.class,
      EvalQuotesCommand.class,
      EvalFindingsCommand.class,
      EvalLineageCommand.class,
      CommandLine.HelpCommand.class
    })
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "choose what to measure, e.g. 'storydiff eval --help'");
  }
}
