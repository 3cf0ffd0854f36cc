package org.storydiff.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a JSON Lines output dataset (a directory of part files) the way a user would. */
public final class OutputRows {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputRows() {}

  public static List<JsonNode> read(Path output, String dataset) {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(output.resolve(dataset))) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            rows.add(MAPPER.readTree(line));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  public static JsonNode json(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
