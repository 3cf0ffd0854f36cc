package org.storydiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's exit codes and messages, and one full run end to end. */
class StorydiffCommandTest {

  @TempDir Path temp;

  @Test
  void helpListsEveryOptionWithDefaults() {
    Captured run = capture("run", "--help");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("--input", "--output", "--master", "--format", "--overwrite", "--max-body-chars",
        "--cluster-threshold", "Default: json", "local[*]");
  }

  @Test
  void missingInputIsAUsageErrorWithOneLine() {
    Captured run = capture("run", "--output", temp.resolve("o").toString());
    assertThat(run.code).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err.strip()).startsWith("storydiff: Missing required option: '--input").doesNotContain("\n");
  }

  @Test
  void nonexistentInputPathIsAUsageError() {
    Captured run = capture("run", "--input", temp.resolve("nope").toString(), "--output", temp.resolve("o").toString());
    assertThat(run.code).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err).contains("input path does not exist").contains("--input");
  }

  @Test
  void badFormatIsAUsageError() {
    Captured run = capture("run", "--input", "sample-data", "--output", temp.resolve("o").toString(), "--format", "csv");
    assertThat(run.code).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err).contains("--format must be json or parquet");
  }

  @Test
  void nonEmptyOutputNeedsOverwrite() throws Exception {
    Path out = Files.createDirectories(temp.resolve("busy"));
    Files.writeString(out.resolve("keep.txt"), "x");
    Captured run = capture("run", "--input", "sample-data", "--output", out.toString());
    assertThat(run.code).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err).contains("exists and is not empty").contains("--overwrite");
    assertThat(out.resolve("keep.txt")).exists();
  }

  @Test
  void fullRunExitsZeroWithRejectsAndWritesEveryDataset() {
    Path out = temp.resolve("out");
    Captured run = capture("run", "--input", "sample-data", "--output", out.toString(), "--master", "local[2]",
        "--conf", "spark.sql.shuffle.partitions=4");
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("report at " + out + "/report/index.html");
    for (String dataset : new String[] {"articles", "alignments", "facts", "changes", "rejected"}) {
      assertThat(out.resolve(dataset)).isDirectory();
    }
    assertThat(out.resolve("summary.json")).exists();
  }

  private record Captured(int code, String out, String err) {}

  private static Captured capture(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = StorydiffCommand.execute(args);
      return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
