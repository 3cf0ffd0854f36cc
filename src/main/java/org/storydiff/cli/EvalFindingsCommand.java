package org.storydiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.storydiff.eval.ArticleFiles;
import org.storydiff.eval.FindingsScorer;
import org.storydiff.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval findings}: runs the job on a labelled multi-version set exactly as {@code
 * run} does (default settings) and scores its {@code changes/} against the set's story-diff gold,
 * printing the line of {@code score_findings.py}.
 */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run the job on a labelled multi-version set and score its findings against the gold"
            + " (the metric and output line of score_findings.py).")
final class EvalFindingsCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "<path>",
      description = "The set's articles, as for 'run' (JSON Lines file or directory, repeatable).")
  List<String> inputs;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description =
          "The story-diff gold: {\"figure_changes\", \"quote_changes\", \"omissions\", \"additions\","
              + " \"traps\"}, each with the articles and texts it concerns.")
  Path gold;

  @Mixin EvalJobRun job = new EvalJobRun();

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(gold)) {
      throw new IllegalArgumentException(
          "--gold " + gold + " cannot be read: give the set's gold.json");
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode goldJson = json.readTree(gold.toFile());
    Map<String, String> bodies = new HashMap<>();
    for (Article a : ArticleFiles.read(inputs.stream().map(Path::of).toList()).values()) {
      bodies.put(a.id(), a.body());
    }
    String line =
        job.runAndRead(
            inputs,
            "storydiff-eval-findings",
            out -> {
              FindingsScorer scorer = new FindingsScorer(bodies);
              List<FindingsScorer.Row> rows = new ArrayList<>();
              for (JsonNode r : datasetRows(json, out.resolve("changes"))) {
                FindingsScorer.Row row = scorer.row(r);
                if (row != null) {
                  rows.add(row);
                }
              }
              return scorer.score(rows, goldJson).line();
            });
    System.out.println(line);
    return StorydiffCommand.EXIT_OK;
  }

  /** The rows of a JSON Lines dataset directory, part files in name order. */
  static List<JsonNode> datasetRows(ObjectMapper json, Path dir) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> list = Files.list(dir)) {
      parts =
          list.filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".crc");
                  })
              .sorted()
              .toList();
    }
    for (Path p : parts) {
      try (InputStream raw = Files.newInputStream(p);
          InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            rows.add(json.readTree(line));
          }
        }
      }
    }
    return rows;
  }

  static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
