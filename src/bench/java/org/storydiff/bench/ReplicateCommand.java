package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storydiff.cli.StorydiffCommand;
import org.storydiff.model.Published;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A real-text corpus of any size: copies of real articles (e.g. the ECB+ and PolNeAR sets), each
 * round with new ids and its dates moved by {@code --days-apart}, so that a round's copies cluster
 * as the originals do and never with another round's (clustering compares dated articles within a
 * week). Undated originals get the first round's date. The synthetic corpus has template text; this
 * one has the sentence lengths, names, quotes and figures of real copy.
 */
@Command(
    name = "replicate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Write a real-text corpus of --articles articles: rounds of copies of the --from articles,"
            + " with new ids and dates moved apart, for 'benchmark run'.")
final class ReplicateCommand implements Callable<Integer> {

  /** Where undated originals are placed in the first round. */
  static final Instant UNDATED_AT = Instant.parse("2020-01-01T12:00:00Z");

  @Option(
      names = "--from",
      required = true,
      split = ",",
      paramLabel = "<articles.jsonl>",
      description = "Articles to copy (JSON Lines with id, source, body), comma-separated.")
  List<Path> from;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "<n>",
      description = "How many articles.")
  long articles;

  @Option(
      names = "--days-apart",
      defaultValue = "30",
      paramLabel = "<n>",
      description = "Days between rounds. Default: ${DEFAULT-VALUE}.")
  int daysApart;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<dir>",
      description = "Directory to write articles.jsonl to.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || daysApart < 8) {
      throw new IllegalArgumentException("--articles must be >= 1 and --days-apart >= 8");
    }
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> originals = new ArrayList<>();
    for (Path f : from) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        JsonNode n = line.isBlank() ? null : json.readTree(line);
        if (n instanceof ObjectNode o && o.hasNonNull("id") && o.hasNonNull("body")) {
          originals.add(o);
        }
      }
    }
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no articles with an id and a body in " + from);
    }
    Files.createDirectories(output);
    long written = 0;
    try (BufferedWriter out =
        Files.newBufferedWriter(output.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (int round = 0; written < articles; round++) {
        Duration shift = Duration.ofDays((long) round * daysApart);
        for (ObjectNode o : originals) {
          if (written == articles) {
            break;
          }
          out.write(json.writeValueAsString(copy(o, round, shift)));
          out.newLine();
          written++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "benchmark: wrote %d articles (copies of %d originals) to %s%n",
        written,
        originals.size(),
        output.resolve("articles.jsonl"));
    return StorydiffCommand.EXIT_OK;
  }

  static ObjectNode copy(ObjectNode original, int round, Duration shift) {
    ObjectNode c = original.deepCopy();
    c.put("id", original.get("id").asText() + "~r" + round);
    Published p =
        original.hasNonNull("published")
            ? Published.parse(original.get("published").asText())
            : null;
    Instant at = p == null ? UNDATED_AT : p.instant();
    c.put("published", at.plus(shift).toString());
    return c;
  }
}
