package org.storydiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storydiff eval figures} end to end on a tiny labelled set. */
class EvalFiguresCommandTest {

  @TempDir Path temp;

  @Test
  void printsTheReferenceScorersLineAndFailsBelowTheMinimum() throws Exception {
    Path articles =
        Files.writeString(
            temp.resolve("articles.jsonl"),
            """
        {"id": "n1", "source": "S", "body": "The storm killed at least 35 people on Monday."}
        {"id": "n2", "source": "S", "body": "Shares fell 4.3% to $81.40 in the range of 30-40 cents."}
        {"id": "n2", "source": "S", "body": "A repeated id: only the first record counts, 99 people."}
        not json
        """);
    Path gold =
        Files.writeString(
            temp.resolve("gold.json"),
            """
        {"sentences": [
          {"articleId": "n1", "quantities": [{"value": "35"}]},
          {"articleId": "n2", "quantities": [{"value": "4.3"}, {"value": "81.4"}, {"value": "30-40"}, {"value": "7"}]}
        ]}""");
    CommandRun ok =
        CommandRun.of("eval", "figures", "--input", articles.toString(), "--gold", gold.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out().strip())
        .isEqualTo("figure values P=1.000 R=0.750 F1=0.857 (tp=3 fp=0 fn=1)");
    assertThat(ok.err()).contains("4 records read", "2 articles analyzed");
    CommandRun below =
        CommandRun.of(
            "eval",
            "figures",
            "--input",
            articles.toString(),
            "--gold",
            gold.toString(),
            "--min-f1",
            "0.9");
    assertThat(below.code()).isEqualTo(StorydiffCommand.EXIT_FAILED);
  }

  @Test
  void missingFilesAndBadGoldAreUsageErrorsThatSayWhatToFix() throws Exception {
    Path gold = Files.writeString(temp.resolve("gold.json"), "{\"sentences\": []}");
    CommandRun noInput =
        CommandRun.of(
            "eval",
            "figures",
            "--input",
            temp.resolve("nope.jsonl").toString(),
            "--gold",
            gold.toString());
    assertThat(noInput.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(noInput.err()).contains("--input");
    CommandRun noGold =
        CommandRun.of(
            "eval", "figures", "--input", gold.toString(), "--gold", temp.resolve("x").toString());
    assertThat(noGold.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(noGold.err()).contains("--gold");
    Path bad = Files.writeString(temp.resolve("bad.json"), "{not json");
    CommandRun badGold =
        CommandRun.of("eval", "figures", "--input", gold.toString(), "--gold", bad.toString());
    assertThat(badGold.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(badGold.err()).contains("not valid JSON");
  }
}
