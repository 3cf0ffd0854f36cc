package org.storydiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.cluster.ClusterSettings;

/** The command's exit codes and messages, and one full run end to end. */
class StorydiffCommandTest {

  @TempDir Path temp;

  @Test
  void helpListsEveryOptionWithDefaults() {
    CommandRun run = CommandRun.of("run", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "--input",
            "--output",
            "--master",
            "--format",
            "--overwrite",
            "--max-body-chars",
            "--cluster-threshold",
            "--previous",
            "Default: json",
            "local[*]");
  }

  @Test
  void missingInputIsAUsageErrorWithOneLine() {
    CommandRun run = CommandRun.of("run", "--output", temp.resolve("o").toString());
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err().strip())
        .startsWith("storydiff: Missing required option: '--input")
        .doesNotContain("\n");
  }

  @Test
  void nonexistentInputPathIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "run",
            "--input",
            temp.resolve("nope").toString(),
            "--output",
            temp.resolve("o").toString());
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("input path does not exist").contains("--input");
  }

  @Test
  void nonexistentPreviousOutputIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "run",
            "--input",
            "sample-data",
            "--output",
            temp.resolve("o").toString(),
            "--previous",
            temp.resolve("yesterday").toString(),
            "--master",
            "local[1]");
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err().strip())
        .contains("previous output does not exist")
        .contains("--previous")
        .doesNotContain("\n");
    assertThat(temp.resolve("o")).doesNotExist();
  }

  @Test
  void badFormatIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "run",
            "--input",
            "sample-data",
            "--output",
            temp.resolve("o").toString(),
            "--format",
            "csv");
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("--format must be json or parquet");
  }

  @Test
  void clusterThresholdOutOfRangeIsAUsageErrorNamingTheOption() {
    CommandRun run =
        CommandRun.of(
            "run",
            "--input",
            "sample-data",
            "--output",
            temp.resolve("o").toString(),
            "--cluster-threshold",
            "1.5");
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err().strip())
        .startsWith("storydiff: --cluster-threshold: threshold must be in (0,1]")
        .doesNotContain("\n");
    assertThat(temp.resolve("o")).doesNotExist();
  }

  @Test
  void nonEmptyOutputNeedsOverwrite() throws Exception {
    Path out = Files.createDirectories(temp.resolve("busy"));
    Files.writeString(out.resolve("keep.txt"), "x");
    CommandRun run = CommandRun.of("run", "--input", "sample-data", "--output", out.toString());
    assertThat(run.code()).isEqualTo(StorydiffCommand.EXIT_USAGE);
    assertThat(run.err()).contains("exists and is not empty").contains("--overwrite");
    assertThat(out.resolve("keep.txt")).exists();
  }

  @Test
  void fullRunExitsZeroWithRejectsAndWritesEveryDataset() {
    Path out = temp.resolve("out");
    CommandRun run =
        CommandRun.of(
            "run",
            "--input",
            "sample-data",
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=4");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("report at " + out + "/report/index.html");
    for (String dataset :
        new String[] {"articles", "alignments", "facts", "changes", "rejected", "stories"}) {
      assertThat(out.resolve(dataset)).isDirectory();
    }
    assertThat(out.resolve("summary.json")).exists();
  }

  @Test
  void optionsComeFromAJobFileAndTheCommandLineOverridesThem() throws Exception {
    Path job = temp.resolve("job.args");
    Files.writeString(
        job, "# nightly\n--format parquet\n--cluster-threshold 0.4\n--conf spark.a=1\n");
    RunCommand run =
        parseRun(
            "run",
            "@" + job,
            "--input",
            "in",
            "--output",
            "out",
            "--format",
            "json",
            "--conf",
            "spark.b=2");

    assertThat(run.format).isEqualTo("json");
    assertThat(run.clusterThreshold).isEqualTo(0.4);
    assertThat(run.options().clustering().threshold()).isEqualTo(0.4);
    assertThat(run.options().clustering().maxTerms())
        .isEqualTo(ClusterSettings.defaults().maxTerms());
    assertThat(run.sparkConf).containsEntry("spark.a", "1").containsEntry("spark.b", "2");
  }

  @Test
  void anEmptyPreviousFromATemplatedSchedulerMeansNone() {
    assertThat(
            parseRun("run", "--input", "in", "--output", "out", "--previous", "")
                .options()
                .previous())
        .isNull();
    assertThat(
            parseRun("run", "--input", "in", "--output", "out", "--previous", "out/date=2026-11-23")
                .options()
                .previous())
        .isEqualTo("out/date=2026-11-23");
  }

  @Test
  void theCommittedNightlyJobFileIsValid() {
    RunCommand run = parseRun("run", "@jobs/nightly.args", "--input", "in", "--output", "out");

    assertThat(run.overwrite).isTrue();
    assertThat(run.format).isEqualTo("json");
    assertThat(run.sparkConf).containsKey("spark.sql.shuffle.partitions");
  }

  @Test
  void submitScriptAddsDefaultsAndSplitsSparkSubmitFromStorydiffArguments() throws Exception {
    Process dry =
        dryRunSubmit(
            "--master",
            "spark://h:7077",
            "--executor-memory",
            "4g",
            "run",
            "--input",
            "in",
            "--output",
            "out");
    String command =
        new String(dry.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

    assertThat(dry.waitFor()).isZero();
    assertThat(command)
        .startsWith(
            "my-spark-submit --class org.storydiff.cli.StorydiffCommand --name storydiff"
                + " --master spark://h:7077 --executor-memory 4g "
                + jar()
                + " run --input in --output out");
  }

  @Test
  void submitScriptKeepsTheUsersClassAndNeedsACommand() throws Exception {
    Process dry = dryRunSubmit("--name", "nightly", "--", "run", "--help");
    String command =
        new String(dry.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(dry.waitFor()).isZero();
    assertThat(command)
        .isEqualTo(
            "my-spark-submit --class org.storydiff.cli.StorydiffCommand --name nightly"
                + " "
                + jar()
                + " run --help");

    Process none = dryRunSubmit("--master", "local[2]");
    String err = new String(none.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(none.waitFor()).isEqualTo(2);
    assertThat(err).contains("no storydiff command given");
  }

  private Path jar() {
    return temp.resolve("storydiff.jar");
  }

  private Process dryRunSubmit(String... args) throws Exception {
    Files.writeString(jar(), "");
    String[] command = new String[args.length + 1];
    command[0] = "scripts/submit";
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("STORYDIFF_SPARK_SUBMIT", "my-spark-submit");
    builder.environment().put("STORYDIFF_JAR", jar().toString());
    builder.environment().put("STORYDIFF_DRY_RUN", "1");
    builder.environment().remove("STORYDIFF_MASTER");
    Process p = builder.start();
    p.getOutputStream().close();
    return p;
  }

  private static RunCommand parseRun(String... args) {
    var cli = StorydiffCommand.commandLine();
    var parsed = cli.parseArgs(args);
    return (RunCommand) parsed.subcommand().commandSpec().userObject();
  }
}
