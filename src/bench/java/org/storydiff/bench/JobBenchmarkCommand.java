package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/benchmark run}: runs the job and a floor pass (read + sentence split only) on a
 * corpus directory, each in a JVM of its own on the same master, and prints throughput, stage
 * times, peak memory, the ratio to the floor, the accuracy of the findings against the planted
 * edits, and the lineage's against {@code lineage.json} ({@link LineageAccuracy}). Not part of the
 * tests: figures depend on the machine and on what else runs on it.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run the job and a floor pass (read + sentence split) on a corpus directory written by 'generate', each in a JVM of its own, and print articles/s, stage times, peak memory, the ratio to the floor and the"
            + " accuracy of the findings against the planted edits.")
public final class JobBenchmarkCommand implements Callable<Integer> {

  static final String JOB_MAIN = "org.storydiff.cli.StorydiffCommand";
  static final String FLOOR_MAIN = "org.storydiff.bench.FloorPass";

  @Option(
      names = "--corpus",
      required = true,
      description = "directory with articles.jsonl (and planted.jsonl for accuracy)")
  Path corpus;

  @Option(
      names = "--work",
      defaultValue = "/tmp/storydiff-benchmark",
      description = "scratch directory for the job's output and logs (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master for both runs (default: ${DEFAULT-VALUE})")
  String master;

  @Option(
      names = "--java-opts",
      defaultValue = "-Xmx12g",
      description = "JVM options of both runs, space-separated (default: ${DEFAULT-VALUE})")
  String javaOpts;

  @Option(names = "--skip-floor", description = "do not run the floor pass")
  boolean skipFloor;

  @Option(
      names = "--score-only",
      paramLabel = "OUTPUT",
      description =
          "only score an existing job output directory against the corpus's planted edits")
  Path scoreOnly;

  @Option(names = "--conf", description = "extra Spark setting for the job, key=value, repeatable")
  List<String> conf = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Path articles = corpus.resolve("articles.jsonl");
    if (!Files.isRegularFile(articles)) {
      System.err.println("benchmark: no articles.jsonl in " + corpus + ": give a corpus directory");
      return 2;
    }
    if (scoreOnly != null) {
      new BenchmarkReport(System.out).accuracy(score(scoreOnly));
      LineageAccuracy.lines(corpus, scoreOnly).forEach(System.out::println);
      return 0;
    }
    List<String> opts =
        Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    BenchmarkReport report = new BenchmarkReport(System.out);
    report.header(
        corpus, Files.size(articles), master, opts, Runtime.getRuntime().availableProcessors());

    Path output = work.resolve("job-output");
    List<String> jobArgs =
        new ArrayList<>(
            List.of(
                "run",
                "--input",
                articles.toString(),
                "--output",
                output.toString(),
                "--overwrite",
                "--master",
                master));
    conf.forEach(c -> jobArgs.addAll(List.of("--conf", c)));
    double loadBefore = ProcStatus.loadAverage();
    ChildJvm.Measurement job = ChildJvm.run(JOB_MAIN, jobArgs, opts, work.resolve("job"));
    double loadAfterJob = ProcStatus.loadAverage();
    if (job.exitCode() != 0) {
      System.err.println(
          "benchmark: the job failed (exit " + job.exitCode() + "); see " + work.resolve("job"));
      return 1;
    }
    JsonNode summary =
        new ObjectMapper()
            .readTree(Files.readString(output.resolve("summary.json"), StandardCharsets.UTF_8));
    report.job(job, summary, loadBefore, loadAfterJob);

    if (!skipFloor) {
      ChildJvm.Measurement floor =
          ChildJvm.run(
              FLOOR_MAIN, List.of(master, articles.toString()), opts, work.resolve("floor"));
      if (floor.exitCode() != 0) {
        System.err.println("benchmark: the floor pass failed; see " + work.resolve("floor"));
        return 1;
      }
      report.floor(floor, job, summary, ProcStatus.loadAverage());
    }

    Path planted = corpus.resolve("planted.jsonl");
    if (Files.isRegularFile(planted)) {
      report.accuracy(score(output));
    } else {
      report.line("accuracy: no planted.jsonl in the corpus directory, not scored");
    }
    LineageAccuracy.lines(corpus, output).forEach(System.out::println);
    return 0;
  }

  private FindingAccuracy.Result score(Path output) throws IOException {
    return new FindingAccuracy(
            PlantedCorpus.read(corpus.resolve("planted.jsonl")),
            ReportedFinding.readAll(output.resolve("changes")))
        .score();
  }
}
