package org.storydiff.spark;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.StorySketch;

/**
 * The {@code stories/} dataset of an earlier run's output ({@code --previous}), in the format it
 * was written in (Parquet when its part files end in {@code .parquet}, else JSON Lines). Checked
 * before the run starts, so a wrong path costs nothing: a missing directory, one without {@code
 * stories/} (an output of a version before incremental runs) or one that cannot be parsed is a
 * setup error (exit 2) saying what to fix. Rows that parse but are not a valid story (a hand edit)
 * are skipped and counted.
 *
 * @param output the earlier output directory, as given
 * @param stories its {@code stories/} directory
 * @param parquet whether the dataset is Parquet
 */
record PreviousStories(String output, String stories, boolean parquet) {

  static final String DATASET = OutputSchemas.STORIES.directory();

  /** The stories read back: valid sketches (persisted; the caller unpersists) and invalid rows. */
  record Read(JavaRDD<StorySketch> sketches, long stories, long invalidRows) {}

  static PreviousStories locate(String previous, Configuration conf) {
    Path dir = new Path(previous);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) {
        throw new JobSetupException(
            "previous output does not exist: "
                + previous
                + " (check --previous: give the --output directory of an earlier run, e.g. yesterday's)");
      }
      Path stories = new Path(dir, DATASET);
      if (!fs.exists(stories) || !fs.getFileStatus(stories).isDirectory()) {
        throw new JobSetupException(
            "previous output "
                + previous
                + " has no "
                + DATASET
                + "/ dataset: it was not"
                + " written by storydiff, or by a version before incremental runs; rerun that day with this version or"
                + " leave out --previous");
      }
      boolean parquet =
          Arrays.stream(fs.listStatus(stories))
              .map(FileStatus::getPath)
              .anyMatch(p -> p.getName().endsWith(".parquet"));
      return new PreviousStories(previous, fs.makeQualified(stories).toString(), parquet);
    } catch (IOException e) {
      throw new JobSetupException(
          "cannot read previous output "
              + previous
              + ": "
              + e.getMessage()
              + " (check --previous)");
    }
  }

  /** Reads and counts the stories now, so an unreadable dataset fails the run before any work. */
  Read read(SparkSession spark) {
    DataFrameReader reader = spark.read().schema(OutputSchemas.STORIES.schema());
    JavaRDD<StorySketch> sketches = null;
    try {
      Dataset<Row> rows =
          parquet ? reader.parquet(stories) : reader.option("mode", "FAILFAST").json(stories);
      sketches =
          rows.javaRDD()
              .flatMap(r -> StoryRows.sketch(r).stream().iterator())
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      long valid = sketches.count();
      return new Read(sketches, valid, rows.count() - valid);
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      if (sketches != null) {
        sketches.unpersist();
      }
      throw new JobSetupException(
          "cannot read the "
              + DATASET
              + "/ dataset of previous output "
              + output
              + ": "
              + firstLine(e)
              + " (check --previous)");
    }
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
