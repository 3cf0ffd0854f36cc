package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet in (a Parquet directory, bad rows named by file and row) and Parquet out. */
class ParquetJobTest {

  @TempDir static Path temp;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void parquetInputIsReadAndValidatedRowByRow() {
    Path input = temp.resolve("articles.parquet");
    Dataset<Row> articles = spark.read().json("sample-data/agency-wires.jsonl");
    // Two bad rows: copies of real articles under new ids, with empty bodies.
    Dataset<Row> bad =
        articles
            .limit(2)
            .withColumn("id", functions.concat(functions.col("id"), functions.lit("-bad")))
            .withColumn(
                "body", functions.when(functions.col("id").endsWith("-bad"), functions.lit("")));
    articles.unionByName(bad).coalesce(1).write().parquet(input.toString());
    long rows = articles.count() + 2;

    Path out = temp.resolve("out");
    RunSummary summary =
        StorydiffJob.run(
            spark, JobOptions.of(List.of(input.toString()), out.toString()).withFormat("parquet"));

    assertThat(summary.records().recordsRead()).isEqualTo(rows);
    assertThat(summary.records().rejected()).isEqualTo(2);
    assertThat(summary.stories().multiVersion()).isEqualTo(3);
    Dataset<Row> rejected = spark.read().parquet(out.resolve("rejected").toString());
    assertThat(rejected.collectAsList())
        .allSatisfy(
            r -> {
              assertThat(r.getString(0)).matches(".*articles\\.parquet/part-.*\\.parquet#\\d+");
              assertThat(r.getString(1)).isEqualTo("empty body");
            });
    Dataset<Row> changes = spark.read().parquet(out.resolve("changes").toString());
    assertThat(changes.columns())
        .contains(
            "storyId",
            "articleId",
            "source",
            "change",
            "kind",
            "start",
            "end",
            "text",
            "others",
            "detail");
    assertThat(changes.count()).isEqualTo(summary.output().findingsTotal());
  }
}
