package org.storydiff.spark;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes one output dataset from JSON rows built by the core: parsed against the dataset's schema,
 * sorted by its keys, then written as JSON Lines (nulls kept) or Parquet.
 */
final class DatasetWriter {

  /** Rows per output part file; a few hundred MB of JSON at typical row sizes. */
  static final long ROWS_PER_FILE = 1_000_000;

  private final SparkSession spark;
  private final String outputDir;
  private final String format;

  DatasetWriter(SparkSession spark, String outputDir, String format) {
    this.spark = spark;
    this.outputDir = outputDir;
    this.format = format;
  }

  /**
   * Writes the rows and returns how many there were. Rows are hash-partitioned on the first sort
   * key into a number of files that depends only on the row count, then sorted within each file:
   * the same input gives the same files whatever the cores or input partitioning, without the
   * sampling job a global sort needs.
   */
  long write(OutputSchemas dataset, JavaRDD<String> jsonRows) {
    JavaRDD<String> cached = jsonRows.persist(StorageLevel.MEMORY_AND_DISK());
    long count = cached.count();
    int files = (int) Math.max(1, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    Dataset<String> json = spark.createDataset(cached.rdd(), Encoders.STRING());
    Dataset<Row> rows = spark.read().schema(dataset.schema()).option("mode", "FAILFAST").json(json);
    Column[] order = Arrays.stream(dataset.sortKeys()).map(k -> functions.col(k).asc_nulls_last()).toArray(Column[]::new);
    Dataset<Row> sorted = rows.repartition(files, functions.col(dataset.sortKeys()[0])).sortWithinPartitions(order);
    String path = outputDir + "/" + dataset.directory();
    if (format.equals("parquet")) {
      sorted.write().mode(SaveMode.ErrorIfExists).parquet(path);
    } else {
      sorted.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(path);
    }
    cached.unpersist();
    return count;
  }
}
