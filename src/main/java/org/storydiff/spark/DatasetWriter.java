package org.storydiff.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.collection.immutable.ArraySeq;
import scala.collection.immutable.Seq;

/**
 * Writes one output dataset from the value rows built by the core ({@code report.DatasetRows}):
 * typed by the dataset's schema, sorted by its keys, then written as JSON Lines (nulls kept) or
 * Parquet. The job writes Parquet this way; JSON it writes from lines its tasks print ({@link
 * JsonDatasets}), whose tests hold them to this writer's bytes.
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
   * Writes the rows, of which the caller counted {@code count}, and returns that count. Rows are
   * hash-partitioned on the first sort key into a number of files that depends only on the row
   * count, then sorted within each file: the same input gives the same files whatever the cores or
   * input partitioning, without the sampling job a global sort needs.
   */
  long write(OutputSchemas dataset, JavaRDD<Object[]> values, long count) {
    int files = files(count);
    Dataset<Row> rows = spark.createDataFrame(values.map(DatasetWriter::row), dataset.schema());
    Column[] order =
        Arrays.stream(dataset.sortKeys())
            .map(k -> functions.col(k).asc_nulls_last())
            .toArray(Column[]::new);
    Dataset<Row> sorted =
        rows.repartition(files, functions.col(dataset.sortKeys()[0])).sortWithinPartitions(order);
    String path = outputDir + "/" + dataset.directory();
    if (format.equals("parquet")) {
      sorted.write().mode(SaveMode.ErrorIfExists).parquet(path);
    } else {
      sorted.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(path);
    }
    return count;
  }

  /** The part files of a dataset of {@code count} rows: at least one, even for no rows. */
  static int files(long count) {
    return (int) Math.max(1, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
  }

  /**
   * A Spark row from core values: nested {@code Object[]} become rows, lists of them lists of rows,
   * lists of plain values (strings, numbers) arrays.
   */
  private static Row row(Object[] values) {
    Object[] converted = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof List<?> list) {
        converted[i] =
            list.isEmpty() || list.get(0) instanceof Object[]
                ? rows(list)
                : ArraySeq.unsafeWrapArray(list.toArray());
      } else {
        converted[i] = values[i];
      }
    }
    return RowFactory.create(converted);
  }

  /** Spark's row encoder takes arrays as Scala sequences. */
  private static Seq<Row> rows(List<?> structs) {
    Row[] out = new Row[structs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = row((Object[]) structs.get(i));
    }
    return ArraySeq.unsafeWrapArray(out);
  }
}
