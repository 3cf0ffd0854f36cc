package org.storydiff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.spark.JobOptions;
import org.storydiff.spark.SparkSessions;
import org.storydiff.spark.StorydiffJob;
import picocli.CommandLine.Option;

/**
 * The options and the run shared by the eval commands that score the whole job's output ({@code
 * eval findings}, {@code eval lineage}): the job runs as {@code run} does, with default settings,
 * into {@code --output} or a temporary directory deleted afterwards. A picocli mixin.
 */
final class EvalJobRun {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<dir>",
      description =
          "Keep the job's output in this directory (replaced if it exists). Default: a temporary"
              + " directory, deleted afterwards.")
  Path output;

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

  /** Something to read from a finished run's output directory. */
  interface Reading<T> {
    T read(Path output) throws IOException;
  }

  /** Runs the job on {@code inputs} and reads its output; the temporary output is then deleted. */
  <T> T runAndRead(List<String> inputs, String tempPrefix, Reading<T> reading) throws IOException {
    Path out = output != null ? output : Files.createTempDirectory(tempPrefix);
    try {
      StorydiffJob.run(
          new JobOptions(
              inputs,
              out.toString(),
              master,
              JobOptions.FORMAT_DEFAULT,
              true,
              IngestLimits.defaults(),
              PipelineLimits.defaults(),
              null,
              sparkConf,
              null));
      return reading.read(out);
    } finally {
      if (output == null) {
        EvalFindingsCommand.delete(out);
      }
    }
  }
}
