package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storydiff.cli.StorydiffCommand;

/**
 * The shaded application jar submitted to a real standalone cluster on loopback gives exactly the
 * output of a local run: through a plain spark-submit with no {@code --class} (the jar names its
 * entry point), and through {@code scripts/submit}, also when its executor is killed in the middle
 * of the run. Runs in {@code verify}, after {@code package} built the jar.
 */
class StandaloneClusterIT {

  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
  private static final Path BUILD = Path.of(System.getProperty("storydiff.build.dir", "target"));
  private static final Path WORK = BUILD.resolve("it-cluster");
  private static final String SPARK_SUBMIT = "org.apache.spark.deploy.SparkSubmit";

  static StandaloneCluster cluster;
  static Map<String, String> localOutput;

  @BeforeAll
  static void startClusterAndRunLocally() throws IOException {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    cluster = StandaloneCluster.start(WORK, sparkJars(), jvmFlags(), 2);
    Path local = WORK.resolve("local-out");
    int code =
        StorydiffCommand.execute(
            "run", "--input", "sample-data", "--output", local.toString(), "--master", "local[2]");
    assertThat(code).isZero();
    localOutput = OutputTree.of(local);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aPlainSparkSubmitWithoutClassWritesWhatTheLocalRunWrites() throws Exception {
    Path out = WORK.resolve("cluster-out");
    Path log = WORK.resolve("logs/submit.log");
    List<String> command = new ArrayList<>(cluster.javaCommand(SPARK_SUBMIT));
    command.addAll(submitOptions());
    command.add(System.getProperty("storydiff.jar"));
    command.addAll(runArgs(out));
    assertThat(command).doesNotContain("--class");
    Process submit = start(command, log, Map.of());

    assertThat(submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("finished in time")
        .isTrue();
    assertThat(submit.exitValue()).as(tail(log)).isZero();
    assertSameAsLocal(out);
    assertThat(OutputRows.json(out.resolve("summary.json")).get("master").asText())
        .isEqualTo(cluster.masterUrl());
  }

  @Test
  void killingTheExecutorMidRunStillGivesTheSameOutput() throws Exception {
    Path out = WORK.resolve("cluster-out-killed");
    Path log = WORK.resolve("logs/submit-killed.log");
    Process submit = scriptsSubmit(out, log);
    // Analyzed articles are cached in the executor by then: killing it loses them mid-run.
    StandaloneCluster.awaitLog(
        log, line -> line.contains("stage cluster: started"), "the cluster stage");
    assertThat(cluster.killExecutors()).as("executors killed").isPositive();

    assertThat(submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("finished in time")
        .isTrue();
    assertThat(submit.exitValue()).as(tail(log)).isZero();
    assertThat(StandaloneCluster.read(log))
        .containsPattern("(?i)lost executor|executor \\S+ lost|removed executor");
    assertSameAsLocal(out);
  }

  private static void assertSameAsLocal(Path out) {
    Map<String, String> clusterOutput = OutputTree.of(out);
    assertThat(clusterOutput.keySet()).isEqualTo(localOutput.keySet());
    localOutput.forEach(
        (file, bytes) -> assertThat(clusterOutput.get(file)).as(file).isEqualTo(bytes));
  }

  /** scripts/submit, with the cluster's spark-submit: SparkSubmit run from the Maven Spark jars. */
  private static Process scriptsSubmit(Path out, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of("scripts/submit"));
    command.addAll(submitOptions());
    command.addAll(runArgs(out));
    Map<String, String> env =
        Map.of(
            "STORYDIFF_SPARK_SUBMIT", String.join(" ", cluster.javaCommand(SPARK_SUBMIT)),
            "STORYDIFF_JAR", System.getProperty("storydiff.jar"));
    return start(command, log, env);
  }

  /** Options of every submission: this cluster, the driver on loopback, a small executor. */
  private static List<String> submitOptions() {
    return List.of(
        "--master",
        cluster.masterUrl(),
        "--conf",
        "spark.driver.host=127.0.0.1",
        "--conf",
        "spark.driver.bindAddress=127.0.0.1",
        "--conf",
        "spark.executor.memory=1g",
        "--conf",
        "spark.sql.shuffle.partitions=4");
  }

  private static List<String> runArgs(Path out) {
    return List.of("run", "--input", "sample-data", "--output", out.toString());
  }

  private static Process start(List<String> command, Path log, Map<String, String> env)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(cluster.environment());
    builder.environment().putAll(env);
    builder.environment().remove("STORYDIFF_MASTER");
    Process p = builder.start();
    p.getOutputStream().close();
    return p;
  }

  private static List<Path> sparkJars() throws IOException {
    String classpath =
        Files.readString(BUILD.resolve("spark-classpath.txt"), StandardCharsets.UTF_8).strip();
    return Arrays.stream(classpath.split(java.io.File.pathSeparator)).map(Path::of).toList();
  }

  private static List<String> jvmFlags() {
    return Arrays.stream(System.getProperty("storydiff.jvm.flags", "").trim().split("\\s+"))
        .filter(f -> !f.isEmpty())
        .toList();
  }

  private static String tail(Path log) {
    String text = Files.exists(log) ? StandaloneCluster.read(log) : "";
    return "spark-submit log ends:\n" + text.substring(Math.max(0, text.length() - 4000));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
