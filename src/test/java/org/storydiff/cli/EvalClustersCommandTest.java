package org.storydiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storydiff eval clusters} on the sample data, whose planned grouping is its gold. */
class EvalClustersCommandTest {

  @TempDir Path temp;

  @Test
  void scoresTheSampleStoriesAgainstTheirPlannedGroupingOverASweep() throws Exception {
    Path gold = goldFromPlanted();

    CommandRun run =
        CommandRun.of(
            "eval",
            "clusters",
            "--input",
            "sample-data",
            "--gold",
            gold.toString(),
            "--sweep",
            "0.20,0.22,0.02",
            "--master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=4");

    assertThat(run.code()).as(run.err()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .startsWith(
            "threshold 0.200: B3 P=1.000 R=1.000 F1=1.000; 15 stories (gold 15) over 40 gold articles");
    assertThat(lines[1]).startsWith("threshold 0.210: B3 P=1.000 R=1.000 F1=1.000");
    assertThat(lines[2]).startsWith("threshold 0.220:");
  }

  @Test
  void aMissingGoldFileIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "eval",
            "clusters",
            "--input",
            "sample-data",
            "--gold",
            temp.resolve("nope.json").toString());
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("--gold").contains("cannot be read");
  }

  @Test
  void aBadSweepIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "eval",
            "clusters",
            "--input",
            "sample-data",
            "--gold",
            "sample-data/_planted.json",
            "--sweep",
            "0.3,0.2");
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("--sweep must be from,to,step");
  }

  /** sample-data/_planted.json's "stories" as {"clusters": [[id, ...], ...]}. */
  private Path goldFromPlanted() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode stories = json.readTree(Path.of("sample-data/_planted.json").toFile()).get("stories");
    ObjectNode gold = json.createObjectNode();
    ArrayNode clusters = gold.putArray("clusters");
    stories.forEach(clusters::add);
    Path file = temp.resolve("gold.json");
    json.writeValue(file.toFile(), gold);
    return file;
  }
}
