package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails after it has started writing leaves readers the previous output (or none), and
 * no half-written files; a rerun of the same output then replaces it cleanly.
 */
class FailedRunLeavesNoOutputTest {

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
  void aRunFailingWhileWritingKeepsYesterdaysOutputThenARerunReplacesIt() throws IOException {
    Path day = Files.createDirectories(temp.resolve("date=2026-11-30"));
    Files.writeString(day.resolve("summary.json"), "{\"yesterday\": true}");

    // LZO is a known Parquet codec whose library is absent: it makes the first dataset write fail,
    // after read, analyze and cluster.
    spark.conf().set("spark.sql.parquet.compression.codec", "lzo");
    try {
      assertThatThrownBy(() -> StorydiffJob.run(spark, options(day, "parquet")))
          .isInstanceOf(Exception.class)
          .hasMessageContaining("LzoCodec");
    } finally {
      spark.conf().unset("spark.sql.parquet.compression.codec");
    }
    assertThat(day.resolve("summary.json")).hasContent("{\"yesterday\": true}");
    assertThat(entries(day)).containsExactly("summary.json");
    assertThat(entries(temp)).containsExactly("date=2026-11-30");

    RunSummary rerun = StorydiffJob.run(spark, options(day, "json"));
    assertThat(rerun.records().balanced()).isTrue();
    assertThat(entries(day)).contains("articles", "changes", "report", "summary.json");
    assertThat(day.resolve("summary.json")).content().doesNotContain("yesterday");
    assertThat(entries(temp)).containsExactly("date=2026-11-30");
  }

  private static JobOptions options(Path out, String format) {
    return JobOptions.of(List.of("sample-data"), out.toString())
        .withFormat(format)
        .withOverwrite(true);
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
