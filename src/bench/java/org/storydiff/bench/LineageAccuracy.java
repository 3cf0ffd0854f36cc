package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.storydiff.eval.LineageScorer;

/**
 * Scores the job's {@code lineage/} rows against a generated corpus's {@code lineage.json} with
 * {@link LineageScorer} (what {@code storydiff eval lineage} prints), then breaks the pickups down
 * into pickups of an original and pickups of a pickup, and reports how often rewrites of the wire
 * text (labelled in {@code planted.jsonl}, in neither gold list) are given a source. Not
 * thread-safe.
 */
final class LineageAccuracy {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LineageAccuracy() {}

  /** The report's lines, or a single line saying why nothing was scored. */
  static List<String> lines(Path corpus, Path output) throws IOException {
    Path goldFile = corpus.resolve("lineage.json");
    Path rowsDir = output.resolve("lineage");
    if (!Files.isRegularFile(goldFile)) {
      return List.of("lineage: no lineage.json in the corpus directory, not scored");
    }
    if (!Files.isDirectory(rowsDir)) {
      return List.of("lineage: no lineage/ in the job's output, not scored");
    }
    JsonNode gold = JSON.readTree(goldFile.toFile());
    Map<String, String> derived = new LinkedHashMap<>();
    gold.path("derived")
        .fields()
        .forEachRemaining(e -> derived.put(e.getKey(), e.getValue().asText()));
    List<String> independent = new ArrayList<>();
    gold.path("independent").forEach(n -> independent.add(n.asText()));
    Map<String, String> found = derivedFrom(rowsDir);

    List<String> out = new ArrayList<>();
    out.add(LineageScorer.score(found, derived, independent).line());
    Map<String, String> ofOriginal = new LinkedHashMap<>();
    Map<String, String> ofPickup = new LinkedHashMap<>();
    derived.forEach(
        (id, from) -> (derived.containsKey(from) ? ofPickup : ofOriginal).put(id, from));
    out.add(
        String.format(
            Locale.ROOT,
            "lineage: pickups of an original %s; pickups of a pickup %s",
            right(found, ofOriginal),
            right(found, ofPickup)));
    List<String> rewrites = new ArrayList<>();
    Path planted = corpus.resolve("planted.jsonl");
    if (Files.isRegularFile(planted)) {
      try (BufferedReader in = Files.newBufferedReader(planted, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          JsonNode n = line.isBlank() ? null : JSON.readTree(line);
          if (n != null && "rewrite".equals(n.path("style").asText())) {
            rewrites.add(n.path("articleId").asText());
          }
        }
      }
      long given = rewrites.stream().filter(id -> found.get(id) != null).count();
      out.add(
          String.format(
              Locale.ROOT,
              "lineage: rewrites of the wire text given a source=%.3f (%d of %d; not in the gold:"
                  + " a rewrite may keep some wire sentences word for word)",
              rewrites.isEmpty() ? 0.0 : given / (double) rewrites.size(),
              given,
              rewrites.size()));
    }
    return out;
  }

  static String right(Map<String, String> found, Map<String, String> gold) {
    long right =
        gold.entrySet().stream().filter(e -> e.getValue().equals(found.get(e.getKey()))).count();
    return String.format(
        Locale.ROOT,
        "%.3f (%d of %d)",
        gold.isEmpty() ? 0.0 : right / (double) gold.size(),
        right,
        gold.size());
  }

  /** {@code derivedFrom} by articleId (null for none) from the JSON Lines part files. */
  private static Map<String, String> derivedFrom(Path dir) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<Path> parts;
    try (Stream<Path> files = Files.list(dir)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            JsonNode r = JSON.readTree(line);
            JsonNode from = r.get("derivedFrom");
            out.put(
                r.path("articleId").asText(), from == null || from.isNull() ? null : from.asText());
          }
        }
      }
    }
    return out;
  }
}
