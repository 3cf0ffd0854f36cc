package org.storydiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storydiff eval quotes} on a tiny labelled set of our own sentences. */
class EvalQuotesCommandTest {

  private static final String FOUND =
      "Mayor Ada Lind spoke on Monday.\n\n\"The river will rise again tonight,\" Lind said.";
  private static final String MISSED =
      "The council met late. Its members were tired and went home.";

  @TempDir Path temp;

  @Test
  void printsTheReferenceFiguresPerSplitAndOverall() throws Exception {
    Path articles = temp.resolve("articles.jsonl");
    Files.writeString(
        articles,
        article("a1", FOUND) + "\n" + article("a2", MISSED) + "\n",
        StandardCharsets.UTF_8);
    int start = FOUND.indexOf('"');
    int end = FOUND.indexOf(" Lind said");
    Path gold = temp.resolve("gold.json");
    Files.writeString(
        gold,
        "{\"articles\": ["
            + "{\"articleId\": \"a1\", \"split\": \"train\", \"quotes\": [{\"start\": "
            + start
            + ", \"end\": "
            + end
            + ", \"speaker\": \"Lind\"}]},"
            + "{\"articleId\": \"a2\", \"split\": \"dev\", \"quotes\": [{\"start\": 0, \"end\": 20, \"speaker\": null}]}]}",
        StandardCharsets.UTF_8);
    Path errors = temp.resolve("errors.jsonl");

    CommandRun run =
        CommandRun.of(
            "eval",
            "quotes",
            "--input",
            articles.toString(),
            "--gold",
            gold.toString(),
            "--errors",
            errors.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "train  direct quotes P=1.000 R=1.000 F1=1.000 speaker-acc=1.000 (tp=1 fp=0 fn=0)",
            "dev    direct quotes P=0.000 R=0.000 F1=0.000 speaker-acc=0.000 (tp=0 fp=0 fn=1)",
            "all    direct quotes P=1.000 R=0.500 F1=0.667 speaker-acc=1.000 (tp=1 fp=0 fn=1)");
    List<String> errorRows = Files.readAllLines(errors, StandardCharsets.UTF_8);
    assertThat(errorRows)
        .singleElement()
        .asString()
        .contains("\"articleId\":\"a2\"", "\"type\":\"missed\"");

    CommandRun dev =
        CommandRun.of(
            "eval",
            "quotes",
            "--input",
            articles.toString(),
            "--gold",
            gold.toString(),
            "--split",
            "dev");
    assertThat(dev.out().lines().toList())
        .containsExactly(
            "dev    direct quotes P=0.000 R=0.000 F1=0.000 speaker-acc=0.000 (tp=0 fp=0 fn=1)");
  }

  @Test
  void missingGoldFileIsAUsageErrorSayingWhatToGive() {
    CommandRun run =
        CommandRun.of(
            "eval",
            "quotes",
            "--input",
            temp.resolve("a.jsonl").toString(),
            "--gold",
            temp.resolve("gold.json").toString());
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("no such file").contains("gold.json");
  }

  private static String article(String id, String body) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \"Test Wire\", \"body\": \""
        + body.replace("\"", "\\\"").replace("\n", "\\n")
        + "\"}";
  }
}
