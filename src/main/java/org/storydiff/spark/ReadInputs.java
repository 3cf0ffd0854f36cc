package org.storydiff.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.ingest.InputFormat;
import org.storydiff.ingest.JsonLinesReader;
import org.storydiff.ingest.RecordValidator;
import scala.Tuple2;

/**
 * Reads every input record into an {@link IngestOutcome}: JSON Lines files are streamed one task
 * per file (so each record keeps its exact line number) and their lines parsed on every core,
 * Parquet rows go through the same validator with their file and row number. Public for the
 * benchmark's floor pass ({@code src/bench}), which must read exactly as the job does.
 */
public final class ReadInputs {

  private static final String FILE_COLUMN = "__storydiff_file";
  private static final String ROW_COLUMN = "__storydiff_row";

  private ReadInputs() {}

  /** Every record of {@code inputs}, files or directories listed as the job lists them. */
  public static JavaRDD<IngestOutcome> read(
      SparkSession spark, List<String> inputs, IngestLimits limits) {
    return read(spark, InputListing.of(inputs, spark.sparkContext().hadoopConfiguration()), limits);
  }

  static JavaRDD<IngestOutcome> read(
      SparkSession spark, InputListing listing, IngestLimits limits) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<IngestOutcome> all = jsc.emptyRDD();
    if (!listing.jsonLines().isEmpty()) {
      int spread = Partitions.forInputBytes(jsc.defaultParallelism(), listing.jsonLinesBytes());
      int files = listing.jsonLines().size();
      JavaRDD<InputLine> lines =
          jsc.binaryFiles(String.join(",", listing.jsonLines()), Math.min(files, spread))
              .flatMap(file -> lines(file, limits));
      // A file is read by one task, in order, so that each line keeps its number; parsing and
      // validating it (JSON, cleaning, language detection: most of reading's cost) is then spread
      // over every core, so that one large file does not leave the others idle.
      if (files < spread) {
        lines = lines.repartition(spread);
      }
      RecordValidator validator = new RecordValidator(limits); // thread-safe, shipped once per task
      all = all.union(lines.map(line -> line.outcome(validator)));
    }
    if (!listing.parquet().isEmpty()) {
      all = all.union(readParquet(spark, listing, limits));
    }
    return all;
  }

  /** One line of a JSON Lines file, read but not parsed yet, or why it cannot be a record. */
  record InputLine(String input, String line, String rejection) implements Serializable {

    IngestOutcome outcome(RecordValidator validator) {
      return rejection != null
          ? IngestOutcome.rejected(input, rejection)
          : validator.fromJson(input, line);
    }
  }

  private static Iterator<InputLine> lines(
      Tuple2<String, PortableDataStream> file, IngestLimits limits) {
    String name = displayName(file._1());
    boolean gzip = InputFormat.ofFileName(name).orElseThrow() == InputFormat.JSON_LINES_GZIP;
    return JsonLinesReader.lines(
        name,
        file._2().open(),
        gzip,
        limits,
        new JsonLinesReader.LineOutcomes<>() {
          @Override
          public InputLine ofLine(String input, String line) {
            return new InputLine(input, line, null);
          }

          @Override
          public InputLine rejected(String input, String reason) {
            return new InputLine(input, null, reason);
          }
        });
  }

  private static JavaRDD<IngestOutcome> readParquet(
      SparkSession spark, InputListing listing, IngestLimits limits) {
    Dataset<Row> rows =
        spark
            .read()
            .option("mergeSchema", "true")
            .parquet(listing.parquet().toArray(String[]::new))
            .withColumn(FILE_COLUMN, functions.col("_metadata.file_path"))
            .withColumn(ROW_COLUMN, functions.col("_metadata.row_index"));
    RecordValidator validator = new RecordValidator(limits); // thread-safe, shipped once per task
    return rows.toJavaRDD()
        .map(
            row -> {
              String input =
                  displayName(row.getAs(FILE_COLUMN))
                      + "#"
                      + (((Number) row.getAs(ROW_COLUMN)).longValue() + 1);
              return validator.fromFields(input, fields(row));
            });
  }

  private static Map<String, Object> fields(Row row) {
    Map<String, Object> fields = new HashMap<>();
    for (StructField field : row.schema().fields()) {
      if (!field.name().startsWith("__storydiff")) {
        fields.put(field.name(), row.getAs(field.name()));
      }
    }
    return fields;
  }

  /** Local paths without the "file:" scheme, so rejected/ names files as the user typed them. */
  static String displayName(String path) {
    return path.startsWith("file:")
        ? path.substring("file:".length()).replaceFirst("^//", "")
        : path;
  }
}
