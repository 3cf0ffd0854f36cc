package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;

/**
 * One large JSON Lines file is read by one task, in order, and its lines are parsed on every core:
 * each record still names its exact line.
 */
class ReadInputsTest {

  static SparkSession spark;

  @TempDir static Path temp;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theLinesOfOneFileAreParsedInSeveralTasksAndKeepTheirNumbers() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      if (i == 7) {
        lines.add(""); // not a record, but counted
      } else if (i == 13) {
        lines.add("{\"id\": \"broken\", "); // not JSON
      } else {
        lines.add(
            String.format(
                Locale.ROOT,
                "{\"id\": \"a%02d\", \"source\": \"Agency\", \"body\": \"Line %d of the file.\"}",
                i,
                i));
      }
    }
    Path file = temp.resolve("news.jsonl");
    Files.write(file, lines);

    JavaRDD<IngestOutcome> outcomes =
        ReadInputs.read(spark, List.of(file.toString()), IngestLimits.defaults());
    List<IngestOutcome> all = outcomes.collect();

    assertThat(outcomes.getNumPartitions()).isGreaterThan(1);
    assertThat(all).hasSize(39);
    String name = file.toString();
    assertThat(
            all.stream()
                .filter(o -> o instanceof IngestOutcome.Accepted)
                .map(o -> (IngestOutcome.Accepted) o)
                .filter(a -> a.article().id().equals("a21"))
                .map(IngestOutcome.Accepted::input))
        .containsExactly(name + ":21");
    assertThat(
            all.stream()
                .filter(o -> o instanceof IngestOutcome.Rejected)
                .map(o -> ((IngestOutcome.Rejected) o).rejection().input()))
        .containsExactly(name + ":13");
  }
}
