package org.storydiff.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storydiff} command. Exit codes: 0 success (also when some records were rejected), 2
 * unusable arguments or paths (one line on stderr saying what to fix), 1 the job failed.
 */
@Command(
    name = "storydiff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Finds articles that cover the same story and reports, version by version, which"
            + " facts, figures and quotes were added, changed or left out.",
    subcommands = {RunCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class StorydiffCommand implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "choose a command, e.g. 'storydiff run --input sample-data --output out'");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command and returns its exit code (tests call this instead of main). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The parser with storydiff's conventions: options may come from a job file given as
   * {@code @file} (one option per line, {@code #} comments), and a single-valued option given again
   * later on the command line overrides the earlier value, so {@code run @jobs/nightly.args
   * --format parquet} replaces the job file's format.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StorydiffCommand());
    cli.setOverwrittenOptionsAllowed(true);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("storydiff: " + e.getMessage() + " (see --help)");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof IllegalArgumentException
              || e instanceof org.storydiff.spark.JobSetupException) {
            err.println("storydiff: " + e.getMessage());
            return EXIT_USAGE;
          }
          err.println("storydiff: the job failed: " + e);
          e.printStackTrace(err);
          return EXIT_FAILED;
        });
    return cli;
  }
}
