package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code planted.jsonl}: the generator's record of each article's story and edits. */
final class PlantedCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlantedCorpus() {}

  /** Articles by id, in file order. */
  static Map<String, PlantedArticle> read(Path file) throws IOException {
    Map<String, PlantedArticle> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          PlantedArticle a = article(JSON.readTree(line));
          out.put(a.articleId(), a);
        }
      }
    }
    return out;
  }

  private static PlantedArticle article(JsonNode n) {
    List<String> keys = new ArrayList<>();
    n.path("sentences").forEach(k -> keys.add(k.asText()));
    List<PlantedArticle.Edit> edits = new ArrayList<>();
    n.path("edits")
        .forEach(
            e ->
                edits.add(
                    new PlantedArticle.Edit(
                        text(e, "change"),
                        text(e, "kind"),
                        text(e, "key"),
                        text(e, "canonical"),
                        text(e, "planted"),
                        text(e, "note"))));
    return new PlantedArticle(
        n.path("articleId").asText(),
        n.path("story").asInt(),
        n.path("version").asInt(),
        keys,
        edits);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
