package org.storydiff.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The content of an output directory, for comparing two runs: relative path → bytes (read as
 * ISO-8859-1, which maps every byte to one char, so Parquet compares exactly too). Spark names part
 * files with a per-write UUID ({@code part-00000-<uuid>-c000.json}), so the UUID is dropped from
 * the key; {@code summary.json} holds timings and the master, which differ between runs, so it is
 * left out; so are Spark's {@code _SUCCESS} and {@code .crc} side files.
 */
final class OutputTree {

  private OutputTree() {}

  static Map<String, String> of(Path output) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = output.relativize(file).toString();
        String name = file.getFileName().toString();
        if (relative.equals("summary.json") || name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        String key = relative.replaceAll("part-(\\d+)-[0-9a-f-]{36}", "part-$1");
        files.put(key, Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
