package org.storydiff.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.pipeline.PipelineLimits;

/**
 * Everything one run needs, validated once when built (by the command line or a test).
 *
 * @param inputs files or directories (any Hadoop-supported URI); at least one
 * @param output the output directory
 * @param master a Spark master URL, or null to take the one spark-submit set, else {@code local[*]}
 * @param format {@code json} (default) or {@code parquet} for the datasets
 * @param overwrite replace a non-empty output directory
 * @param ingestLimits record sizes over which a record is rejected (body, title)
 * @param pipelineLimits sentences per article and versions compared per story
 * @param clusterThreshold average-link similarity needed to put two articles in one story
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
    double clusterThreshold,
    Map<String, String> sparkConf,
    String previous)
    implements Serializable {

  public static final String FORMAT_DEFAULT = "json";
  public static final int MAX_BODY_CHARS_DEFAULT = IngestLimits.MAX_BODY_CHARS_DEFAULT;
  public static final double CLUSTER_THRESHOLD_DEFAULT = org.storydiff.cluster.ClusterSettings.DEFAULT_THRESHOLD;

  public JobOptions {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    sparkConf = Map.copyOf(sparkConf == null ? Map.of() : sparkConf);
    format = format == null ? FORMAT_DEFAULT : format;
    ingestLimits = ingestLimits == null ? IngestLimits.defaults() : ingestLimits;
    pipelineLimits = pipelineLimits == null ? PipelineLimits.defaults() : pipelineLimits;
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required: give at least one file or directory, e.g. --input sample-data");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output is required: give a directory to write to, e.g. --output out");
    }
    if (!format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format must be json or parquet, got '" + format + "'");
    }
    if (!(clusterThreshold > 0 && clusterThreshold <= 1)) {
      throw new IllegalArgumentException("--cluster-threshold must be in (0,1], e.g. " + CLUSTER_THRESHOLD_DEFAULT);
    }
    if (previous != null && previous.isBlank()) {
      throw new IllegalArgumentException("--previous must name an earlier run's output directory, e.g. --previous out/date=2026-11-23");
    }
  }

  /** A run that starts every story afresh (no --previous). */
  public JobOptions(List<String> inputs, String output, String master, String format, boolean overwrite,
      IngestLimits ingestLimits, PipelineLimits pipelineLimits, double clusterThreshold, Map<String, String> sparkConf) {
    this(inputs, output, master, format, overwrite, ingestLimits, pipelineLimits, clusterThreshold, sparkConf, null);
  }

  /** The same run continuing the stories of {@code previousOutput}. */
  public JobOptions withPrevious(String previousOutput) {
    return new JobOptions(inputs, output, master, format, overwrite, ingestLimits, pipelineLimits, clusterThreshold,
        sparkConf, previousOutput);
  }

  /** Default limits but for the body size: what most tests and callers need. */
  public JobOptions(List<String> inputs, String output, String master, String format, boolean overwrite,
      int maxBodyChars, double clusterThreshold, Map<String, String> sparkConf) {
    this(inputs, output, master, format, overwrite,
        new IngestLimits(maxBodyChars, IngestLimits.MAX_TITLE_CHARS_DEFAULT), PipelineLimits.defaults(),
        clusterThreshold, sparkConf);
  }
}
