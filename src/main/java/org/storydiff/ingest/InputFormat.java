package org.storydiff.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input file formats, recognized by file name. */
public enum InputFormat {
  /** One JSON object per line: {@code .jsonl}, {@code .json}, {@code .ndjson}. */
  JSON_LINES,
  /** Gzip-compressed JSON Lines: {@code .jsonl.gz}, {@code .json.gz}, {@code .ndjson.gz}. */
  JSON_LINES_GZIP,
  /** A Parquet file, or a directory of them: {@code .parquet}. */
  PARQUET;

  /**
   * The format a file name denotes, ignoring case; empty for any other name (such files are not
   * input). Only the part after the last {@code /} is considered, so a path works too.
   */
  public static Optional<InputFormat> ofFileName(String name) {
    String n = baseName(name).toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl.gz") || n.endsWith(".json.gz") || n.endsWith(".ndjson.gz")) {
      return Optional.of(JSON_LINES_GZIP);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    return Optional.empty();
  }

  /**
   * Whether a file is hidden by Spark's and Hadoop's convention ({@code _SUCCESS}, {@code
   * .part-0.crc}, {@code _temporary}) and so skipped when a directory is listed. Only the part
   * after the last {@code /} is considered.
   */
  public static boolean isHidden(String fileName) {
    String n = baseName(fileName);
    return n.startsWith("_") || n.startsWith(".");
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
