package org.storydiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gold story clusters as the labelled sets store them: {@code {"clusters": [[id, ...], ...]}}.
 * Stateless and thread-safe.
 */
public final class GoldClusters {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldClusters() {}

  /**
   * Article id → index of its gold cluster (0-based, in file order), sorted by id.
   *
   * @throws IllegalArgumentException when the file is not of that shape or lists an id twice
   */
  public static Map<String, Integer> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(JSON.readTree(in), file.toString());
    }
  }

  static Map<String, Integer> parse(JsonNode root, String name) {
    JsonNode clusters = root == null ? null : root.get("clusters");
    if (clusters == null || !clusters.isArray()) {
      throw new IllegalArgumentException(name + ": expected {\"clusters\": [[id, ...], ...]}");
    }
    Map<String, Integer> gold = new TreeMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      JsonNode cluster = clusters.get(c);
      if (!cluster.isArray()) {
        throw new IllegalArgumentException(name + ": cluster " + c + " is not a list of ids");
      }
      for (JsonNode id : cluster) {
        if (!id.isTextual()) {
          throw new IllegalArgumentException(
              name + ": cluster " + c + " holds a non-string id " + id);
        }
        if (gold.put(id.asText(), c) != null) {
          throw new IllegalArgumentException(
              name + ": article " + id.asText() + " is in two clusters");
        }
      }
    }
    return gold;
  }
}
