package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of the job's {@code changes/} dataset, as far as scoring needs it.
 *
 * @param text this version's span (null for omitted findings)
 * @param othersText the other versions' spans, joined by newlines
 */
record ReportedFinding(
    String articleId, String change, String kind, String text, String othersText, String detail) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every row of the JSON Lines part files under {@code changesDir}. */
  static List<ReportedFinding> readAll(Path changesDir) throws IOException {
    List<ReportedFinding> out = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> files = Files.list(changesDir)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            out.add(of(JSON.readTree(line)));
          }
        }
      }
    }
    return out;
  }

  private static ReportedFinding of(JsonNode n) {
    StringBuilder others = new StringBuilder();
    n.path("others").forEach(o -> others.append(o.path("text").asText("")).append('\n'));
    return new ReportedFinding(
        n.path("articleId").asText(),
        n.path("change").asText(),
        n.path("kind").asText(),
        n.path("text").isNull() ? null : n.path("text").asText(),
        others.toString(),
        n.path("detail").isNull() ? null : n.path("detail").asText());
  }
}
