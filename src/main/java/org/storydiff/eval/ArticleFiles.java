package org.storydiff.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.ingest.InputFormat;
import org.storydiff.ingest.JsonLinesReader;
import org.storydiff.ingest.RecordValidator;
import org.storydiff.model.Article;

/**
 * Reads accepted articles from JSON Lines files or folders (recursively, skipping names that start
 * with {@code _} or {@code .}, as the job does), without Spark, for evaluations. Rejected records
 * and repeated ids are skipped; the first record of an id wins, in path order.
 */
public final class ArticleFiles {

  private ArticleFiles() {}

  public static Map<String, Article> read(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("input not found: " + input);
      }
      try (Stream<Path> walk = Files.walk(input)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> input.relativize(p).toString().isEmpty() || !hiddenOnTheWay(input, p))
            .filter(
                p ->
                    InputFormat.ofFileName(p.toString())
                        .filter(f -> f != InputFormat.PARQUET)
                        .isPresent())
            .sorted()
            .forEach(files::add);
      }
    }
    RecordValidator validator = new RecordValidator(IngestLimits.defaults());
    Map<String, Article> articles = new LinkedHashMap<>();
    for (Path file : files) {
      boolean gzip =
          InputFormat.ofFileName(file.toString()).orElseThrow() == InputFormat.JSON_LINES_GZIP;
      try (InputStream in = Files.newInputStream(file)) {
        Iterator<IngestOutcome> it = JsonLinesReader.read(file.toString(), in, gzip, validator);
        while (it.hasNext()) {
          if (it.next() instanceof IngestOutcome.Accepted a) {
            articles.putIfAbsent(a.article().id(), a.article());
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return articles;
  }

  private static boolean hiddenOnTheWay(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (InputFormat.isHidden(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
