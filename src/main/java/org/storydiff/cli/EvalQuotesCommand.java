package org.storydiff.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storydiff.eval.QuoteErrors;
import org.storydiff.eval.QuoteEvaluation;
import org.storydiff.eval.QuoteGold;
import org.storydiff.eval.QuoteScore;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.ingest.InputFormat;
import org.storydiff.ingest.JsonLinesReader;
import org.storydiff.ingest.RecordValidator;
import org.storydiff.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storydiff eval quotes}: direct-quote precision, recall, F1 and speaker accuracy against a
 * labelled set, figure for figure as {@code score_quotes.py} computes them on the job's output,
 * without starting Spark.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Score direct quotes and speakers against gold labels (the metric of score_quotes.py),"
            + " per split and overall.")
final class EvalQuotesCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "<articles.jsonl>",
      description =
          "The labelled articles, JSON Lines (.jsonl, .json or .jsonl.gz) in the input contract's format.")
  Path input;

  @Option(
      names = {"-g", "--gold"},
      required = true,
      paramLabel = "<gold.json>",
      description =
          "The gold quotes: {\"articles\": [{\"articleId\", \"split\", \"quotes\": [{\"start\", \"end\","
              + " \"speaker\"}]}]}, offsets in code points.")
  Path gold;

  @Option(
      names = "--split",
      paramLabel = "<name>",
      description =
          "Score only the gold articles of this split, e.g. train, dev or test. Default: every split"
              + " separately and all together.")
  String split;

  @Option(
      names = "--errors",
      paramLabel = "<file>",
      description =
          "Also write every missed, spurious and wrong-speaker quote with its context to this JSON Lines file.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    InputFormat format =
        InputFormat.ofFileName(input.toString())
            .filter(f -> f != InputFormat.PARQUET)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--input must be a .jsonl, .json or .jsonl.gz file: " + input));
    if (!Files.isRegularFile(input) || !Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(
          "no such file: "
              + (Files.isRegularFile(input) ? gold : input)
              + " (give the labelled set's articles.jsonl and gold.json)");
    }
    Map<String, QuoteGold.GoldArticle> labels;
    try (InputStream in = Files.newInputStream(gold)) {
      labels = QuoteGold.read(in);
    }
    QuoteEvaluation.Outcome outcome;
    try (InputStream in = Files.newInputStream(input)) {
      outcome = new QuoteEvaluation().evaluate(articles(in, format), labels, split);
    }
    print(outcome.bySplit());
    if (errors != null) {
      try (BufferedWriter w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
        QuoteErrors.write(outcome, w);
      }
    }
    return StorydiffCommand.EXIT_OK;
  }

  private void print(Map<String, QuoteScore> bySplit) {
    List<String> order = new ArrayList<>(List.of("train", "dev", "test"));
    bySplit.keySet().stream()
        .filter(k -> !order.contains(k) && !k.equals(QuoteEvaluation.ALL))
        .forEach(order::add);
    for (String name : order) {
      if (bySplit.containsKey(name)) {
        System.out.println(String.format(Locale.ROOT, "%-6s %s", name, bySplit.get(name).format()));
      }
    }
    if (split == null || bySplit.isEmpty()) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-6s %s",
              QuoteEvaluation.ALL,
              bySplit.getOrDefault(QuoteEvaluation.ALL, QuoteScore.ZERO).format()));
    }
  }

  private Iterator<Article> articles(InputStream in, InputFormat format) {
    Iterator<IngestOutcome> outcomes =
        JsonLinesReader.read(
            input.toString(),
            in,
            format == InputFormat.JSON_LINES_GZIP,
            new RecordValidator(IngestLimits.defaults()));
    return new Iterator<>() {
      private Article next = advance();

      private Article advance() {
        while (outcomes.hasNext()) {
          if (outcomes.next() instanceof IngestOutcome.Accepted a) {
            return a.article();
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Article next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Article a = next;
        next = advance();
        return a;
      }
    };
  }
}
