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
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.pipeline.ArticleAnalyzer;

/**
 * The figure values the job would write to {@code facts/} for a set of JSON Lines inputs, without
 * Spark: the same record validation (rejected records yield nothing), the first record of a
 * repeated id kept (files in path order, then lines), and the same {@link ArticleAnalyzer} the job
 * runs on each article. Facts do not depend on story clustering, so they are the job's facts.
 */
public final class ArticleFigures {

  /** Article ids to the non-null figure values of each, in body order; and what was read. */
  public record Predictions(Map<String, List<Double>> values, int recordsRead, int accepted) {}

  private ArticleFigures() {}

  /** Reads files or directories (walked recursively, hidden names skipped) of JSON Lines. */
  public static Predictions fromJsonLines(List<Path> inputs) throws IOException {
    RecordValidator validator = new RecordValidator(IngestLimits.defaults());
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    int read = 0;
    int accepted = 0;
    for (Path file : files(inputs)) {
      InputFormat format = InputFormat.ofFileName(file.toString()).orElseThrow();
      try (InputStream in = Files.newInputStream(file)) {
        Iterator<IngestOutcome> outcomes =
            JsonLinesReader.read(
                file.toString(), in, format == InputFormat.JSON_LINES_GZIP, validator);
        while (outcomes.hasNext()) {
          IngestOutcome outcome = outcomes.next();
          read++;
          if (outcome instanceof IngestOutcome.Accepted a
              && !values.containsKey(a.article().id())) {
            accepted++;
            values.put(a.article().id(), figureValues(analyzer, a.article()));
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new Predictions(values, read, accepted);
  }

  private static List<Double> figureValues(ArticleAnalyzer analyzer, Article article) {
    List<Double> out = new ArrayList<>();
    for (Fact f : analyzer.analyze(article).facts()) {
      if (f instanceof Figure g && g.value() != null) {
        out.add(g.value());
      }
    }
    return out;
  }

  private static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException(
            "input path does not exist: " + input + " (check --input)");
      }
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> isJsonLines(p) && !hiddenBelow(input, p))
              .forEach(files::add);
        }
      } else if (isJsonLines(input)) {
        files.add(input);
      } else {
        throw new IllegalArgumentException(
            "not a JSON Lines file (.jsonl, .json, .jsonl.gz): " + input);
      }
    }
    files.sort(null);
    return files;
  }

  private static boolean isJsonLines(Path p) {
    return InputFormat.ofFileName(p.toString()).filter(f -> f != InputFormat.PARQUET).isPresent();
  }

  private static boolean hiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (InputFormat.isHidden(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
