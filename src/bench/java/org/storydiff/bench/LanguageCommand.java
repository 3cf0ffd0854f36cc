package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storydiff.ingest.ArticleLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark languages FILE...}: language detection ({@link ArticleLanguage}) on JSON Lines
 * articles with their {@code language} field hidden. Prints, per language the file gives (a record
 * without one counts as {@code en}), how many were detected as it, as another language, or fell
 * back to the default; and the time per article after a warm-up pass.
 */
@Command(
    name = "languages",
    mixinStandardHelpOptions = true,
    description = "Detect each article's language with its language field hidden: accuracy, ms.")
final class LanguageCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines articles")
  List<Path> files;

  private record Text(String expected, String title, String body) {}

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    for (Path file : files) {
      List<Text> texts = read(file);
      long warmStart = System.nanoTime();
      ArticleLanguage.of(null, null, "Load the profiles before timing anything at all here.");
      double loadMs = (System.nanoTime() - warmStart) / 1e6;
      texts.forEach(t -> ArticleLanguage.of(null, t.title(), t.body()));
      Map<String, Map<String, Integer>> got = new TreeMap<>();
      long start = System.nanoTime();
      for (Text t : texts) {
        ArticleLanguage.Resolved r = ArticleLanguage.of(null, t.title(), t.body());
        String answer = r.source().code().equals("default") ? "default" : r.code();
        got.computeIfAbsent(t.expected(), k -> new TreeMap<>()).merge(answer, 1, Integer::sum);
      }
      double ms = (System.nanoTime() - start) / 1e6 / texts.size();
      out.printf(
          Locale.ROOT,
          "%s: %d articles, %.3f ms per article (profiles loaded in %.0f ms)%n",
          file,
          texts.size(),
          ms,
          loadMs);
      got.forEach(
          (lang, answers) -> {
            int n = answers.values().stream().mapToInt(Integer::intValue).sum();
            int right = answers.getOrDefault(lang, 0);
            out.printf(
                Locale.ROOT, "  %s %.3f (%d/%d) %s%n", lang, right / (double) n, right, n, answers);
          });
    }
    return 0;
  }

  private static List<Text> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Text> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String lang = n.path("language").asText("");
      texts.add(
          new Text(
              lang.isBlank() ? "en" : lang.toLowerCase(Locale.ROOT),
              n.path("title").asText(null),
              n.path("body").asText("")));
    }
    return texts;
  }
}
