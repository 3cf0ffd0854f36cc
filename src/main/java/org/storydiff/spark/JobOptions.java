package org.storydiff.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.pipeline.PipelineLimits;

/**
 * Everything one run needs, validated once when built (by the command line or a test): each part
 * that has settings of its own (limits, clustering) validates them in its constructor. A null
 * format, limits, clustering or Spark settings means the defaults.
 *
 * @param inputs files or directories (any Hadoop-supported URI); at least one
 * @param output the output directory
 * @param master a Spark master URL, or null to take the one spark-submit set, else {@code local[*]}
 * @param format {@code json} (default) or {@code parquet} for the datasets
 * @param overwrite replace a non-empty output directory
 * @param ingestLimits record sizes over which a record is rejected (body, title)
 * @param pipelineLimits sentences per article and versions compared per story
 * @param clustering how articles are clustered into stories ({@code --cluster-threshold} and the
 *     fixed knobs beside it)
 * @param sparkConf extra Spark settings ({@code --conf key=value})
 * @param previous an earlier run's output directory whose stories this run continues ({@code
 *     --previous}), or null
 */
public record JobOptions(
    List<String> inputs,
    String output,
    String master,
    String format,
    boolean overwrite,
    IngestLimits ingestLimits,
    PipelineLimits pipelineLimits,
    ClusterSettings clustering,
    Map<String, String> sparkConf,
    String previous)
    implements Serializable {

  public static final String FORMAT_DEFAULT = "json";
  public static final int MAX_BODY_CHARS_DEFAULT = IngestLimits.MAX_BODY_CHARS_DEFAULT;

  public JobOptions {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    sparkConf = Map.copyOf(sparkConf == null ? Map.of() : sparkConf);
    format = format == null ? FORMAT_DEFAULT : format;
    ingestLimits = ingestLimits == null ? IngestLimits.defaults() : ingestLimits;
    pipelineLimits = pipelineLimits == null ? PipelineLimits.defaults() : pipelineLimits;
    clustering = clustering == null ? ClusterSettings.defaults() : clustering;
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "--input is required: give at least one file or directory, e.g. --input sample-data");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException(
          "--output is required: give a directory to write to, e.g. --output out");
    }
    if (!format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format must be json or parquet, got '" + format + "'");
    }
    if (previous != null && previous.isBlank()) {
      throw new IllegalArgumentException(
          "--previous must name an earlier run's output directory, e.g. --previous out/date=2026-11-23");
    }
  }

  /**
   * A run of {@code inputs} into {@code output} with every default: the master spark-submit set
   * (else local), JSON datasets, an output directory that must be new or empty, default limits and
   * clustering, no earlier run to continue.
   */
  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, null, null, false, null, null, null, null, null);
  }

  /** The same run writing its datasets as {@code format}. */
  public JobOptions withFormat(String format) {
    return new JobOptions(
        inputs,
        output,
        master,
        format,
        overwrite,
        ingestLimits,
        pipelineLimits,
        clustering,
        sparkConf,
        previous);
  }

  /** The same run, replacing a non-empty output directory or not. */
  public JobOptions withOverwrite(boolean overwrite) {
    return new JobOptions(
        inputs,
        output,
        master,
        format,
        overwrite,
        ingestLimits,
        pipelineLimits,
        clustering,
        sparkConf,
        previous);
  }

  /** The same run continuing the stories of {@code previousOutput}. */
  public JobOptions withPrevious(String previousOutput) {
    return new JobOptions(
        inputs,
        output,
        master,
        format,
        overwrite,
        ingestLimits,
        pipelineLimits,
        clustering,
        sparkConf,
        previousOutput);
  }
}
