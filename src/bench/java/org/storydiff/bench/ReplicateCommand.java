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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.cli.StorydiffCommand;
import org.storydiff.model.Published;
import org.storydiff.text.StopWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A real-text corpus of any size: copies of real articles (e.g. the ECB+ and PolNeAR sets), each
 * round with new ids and its dates moved by {@code --days-apart}, so that a round's copies cluster
 * as the originals do and never with another round's (clustering compares dated articles within a
 * week). Undated originals get the first round's date. The synthetic corpus has template text; this
 * one has the sentence lengths, names, quotes and figures of real copy.
 *
 * <p>With {@code --vary-names}, every round after the first also gives each capitalised word that
 * is no stop word a suffix of its own ("Geysers" becomes "Geysersb" in round 1): a real corpus of a
 * million articles does not hold the same names 500 times over, and clustering skips blocking terms
 * that common (issue 16: a million plain copies of 1,800 originals gave no candidate pair at all).
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
      names = "--vary-names",
      description =
          "From the second round on, give capitalised words a suffix of the round, so that names"
              + " are not repeated round after round.")
  boolean varyNames;

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
          out.write(json.writeValueAsString(copy(o, round, shift, varyNames)));
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

  static ObjectNode copy(ObjectNode original, int round, Duration shift, boolean varyNames) {
    ObjectNode c = original.deepCopy();
    if (varyNames && round > 0) {
      for (String field : List.of("title", "body")) {
        if (original.hasNonNull(field)) {
          c.put(field, withRoundNames(original.get(field).asText(), round));
        }
      }
    }
    c.put("id", original.get("id").asText() + "~r" + round);
    Published p =
        original.hasNonNull("published")
            ? Published.parse(original.get("published").asText())
            : null;
    Instant at = p == null ? UNDATED_AT : p.instant();
    c.put("published", at.plus(shift).toString());
    return c;
  }

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}{2,}\\b");

  /**
   * Each capitalised word that is no stop word, with the round's suffix ("a" to "z", "ba", ...).
   */
  static String withRoundNames(String text, int round) {
    String suffix = roundSuffix(round);
    Matcher m = CAPITALISED.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String word = m.group();
      boolean stop = StopWords.contains(word.toLowerCase(Locale.ROOT));
      m.appendReplacement(out, Matcher.quoteReplacement(stop ? word : word + suffix));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String roundSuffix(int round) {
    StringBuilder s = new StringBuilder();
    for (int r = round; r > 0; r /= 26) {
      s.insert(0, (char) ('a' + r % 26));
    }
    return s.toString();
  }
}
