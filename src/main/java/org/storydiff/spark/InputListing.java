package org.storydiff.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.storydiff.ingest.InputFormat;

/**
 * The input files of a run, found on any Hadoop file system: given files are taken as they are,
 * directories are walked recursively, skipping hidden names ({@code _x}, {@code .x}, as Spark
 * does). Files of no supported format inside directories are listed as skipped, never silently
 * dropped; a missing input path is a setup error.
 *
 * @param jsonLinesBytes the stored size of the JSON Lines files together (compressed, for gzip)
 */
record InputListing(
    List<String> jsonLines, List<String> parquet, List<String> skipped, long jsonLinesBytes)
    implements Serializable {

  static InputListing of(List<String> inputs, Configuration conf) {
    List<String> jsonLines = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    long[] jsonLinesBytes = {0};
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          throw new JobSetupException("input path does not exist: " + input + " (check --input)");
        }
        collect(fs, fs.getFileStatus(path), true, jsonLines, parquet, skipped, jsonLinesBytes);
      } catch (IOException e) {
        throw new JobSetupException("cannot read input " + input + ": " + e.getMessage());
      }
    }
    jsonLines.sort(null);
    parquet.sort(null);
    skipped.sort(null);
    return new InputListing(
        List.copyOf(jsonLines), List.copyOf(parquet), List.copyOf(skipped), jsonLinesBytes[0]);
  }

  private static void collect(
      FileSystem fs,
      FileStatus status,
      boolean named,
      List<String> jsonLines,
      List<String> parquet,
      List<String> skipped,
      long[] jsonLinesBytes)
      throws IOException {
    String name = status.getPath().getName();
    if (!named && InputFormat.isHidden(name)) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collect(fs, child, false, jsonLines, parquet, skipped, jsonLinesBytes);
      }
      return;
    }
    Optional<InputFormat> format = InputFormat.ofFileName(name);
    String file = status.getPath().toString();
    if (format.isEmpty()) {
      if (named) {
        throw new JobSetupException(
            "unsupported input file " + file + ": use .jsonl, .json, .jsonl.gz or .parquet");
      }
      skipped.add(file);
    } else if (format.get() == InputFormat.PARQUET) {
      parquet.add(file);
    } else {
      jsonLines.add(file);
      jsonLinesBytes[0] += status.getLen();
    }
  }
}
