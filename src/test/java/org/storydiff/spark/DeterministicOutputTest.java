package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical datasets and report whatever the cores and partitioning: one
 * core with one shuffle partition against four cores with many.
 */
class DeterministicOutputTest {

  @TempDir Path temp;

  @Test
  void oneCoreAndFourCoresWriteTheSameBytes() {
    Map<String, String> oneCore = runOn("local[1]", "1", temp.resolve("one"));
    Map<String, String> fourCores = runOn("local[4]", "16", temp.resolve("four"));

    assertThat(oneCore.keySet())
        .contains(
            "articles/part-00000-c000.json", "changes/part-00000-c000.json", "report/index.html");
    assertThat(fourCores.keySet()).isEqualTo(oneCore.keySet());
    oneCore.forEach((file, bytes) -> assertThat(fourCores.get(file)).as(file).isEqualTo(bytes));
  }

  private static Map<String, String> runOn(String master, String partitions, Path out) {
    SparkSession spark =
        SparkSessions.create(
            master,
            Map.of(
                "spark.sql.shuffle.partitions",
                partitions,
                "spark.default.parallelism",
                partitions,
                "spark.ui.enabled",
                "false"));
    try {
      StorydiffJob.run(spark, JobOptions.of(List.of("sample-data"), out.toString()));
    } finally {
      spark.stop();
    }
    return OutputTree.of(out);
  }
}
