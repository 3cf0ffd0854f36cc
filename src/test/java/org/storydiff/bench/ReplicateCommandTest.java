package org.storydiff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Rounds of copies with new ids, dates a round apart, the text untouched. */
class ReplicateCommandTest {

  @TempDir Path temp;

  @Test
  void copiesRoundsWithNewIdsAndShiftedDates() throws Exception {
    Path originals = temp.resolve("in.jsonl");
    Files.writeString(
        originals,
        """
        {"id":"a","source":"X","body":"Ten people were hurt.","published":"2016-03-01"}
        {"id":"b","source":"Y","body":"No date here."}
        {"id":"c","source":"Z"}
        """);
    Path out = temp.resolve("out");

    int exit =
        new CommandLine(new ReplicateCommand())
            .execute(
                "--from",
                originals.toString(),
                "--articles",
                "5",
                "--days-apart",
                "30",
                "-o",
                out.toString());

    assertThat(exit).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows =
        Files.readAllLines(out.resolve("articles.jsonl")).stream()
            .map(
                l -> {
                  try {
                    return json.readTree(l);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(rows)
        .extracting(r -> r.get("id").asText())
        .containsExactly("a~r0", "b~r0", "a~r1", "b~r1", "a~r2");
    assertThat(rows)
        .extracting(r -> r.get("published").asText())
        .containsExactly(
            "2016-03-01T00:00:00Z",
            "2020-01-01T12:00:00Z",
            "2016-03-31T00:00:00Z",
            "2020-01-31T12:00:00Z",
            "2016-04-30T00:00:00Z");
    assertThat(rows.get(2).get("body").asText()).isEqualTo("Ten people were hurt.");
  }

  @Test
  void varyNamesGivesEachLaterRoundItsOwnNamesAndKeepsTheRest() {
    assertThat(ReplicateCommand.withRoundNames("The quake near The Geysers hit Cobb at 9.", 1))
        .isEqualTo("The quake near The Geysersb hit Cobbb at 9.");
    assertThat(ReplicateCommand.withRoundNames("Cobb", 27)).isEqualTo("Cobbbb");
    assertThat(ReplicateCommand.withRoundNames("Cobb", 28)).isEqualTo("Cobbbc");
  }
}
