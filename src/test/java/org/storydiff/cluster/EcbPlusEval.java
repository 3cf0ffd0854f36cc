package org.storydiff.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storydiff.model.Article;
import org.storydiff.text.SentenceSplitter;

/**
 * Accuracy evaluation (not a unit test): clusters the ECB+ articles with the default settings and
 * prints B-cubed precision, recall and F1 against the gold stories, plus the pairs compared.
 *
 * <p>Usage: {@code java -cp ... org.storydiff.cluster.EcbPlusEval [dataset dir]}, default
 * {@code /work/shared/datasets/ecbplus} (holding {@code articles.jsonl} and {@code gold.json}).
 * Each {@link ClusterSettings} field can be overridden for tuning with a system property of its
 * name ({@code -Dthreshold=0.3}); {@code -Ddump=file} writes the predicted "articleId TAB storyId"
 * lines. Run with {@code -Xss64m}: the placeholder sentence splitter's regex recurses deeply.
 */
public final class EcbPlusEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EcbPlusEval() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/ecbplus");
    Path articles = dir.resolve("articles.jsonl");
    Path gold = dir.resolve("gold.json");
    if (!Files.isReadable(articles) || !Files.isReadable(gold)) {
      System.err.println("ECB+ data not found: expected articles.jsonl and gold.json in " + dir);
      System.exit(2);
    }
    List<ClusterInput> inputs = readInputs(articles);
    long started = System.nanoTime();
    ClusteringRun run = new LocalStoryClusterer(settings()).run(inputs);
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (System.getProperty("dump") != null) {
      List<String> lines =
          run.storyIds().entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
      Files.write(Path.of(System.getProperty("dump")), lines, StandardCharsets.UTF_8);
    }
    double[] prf = bcubed(run.storyIds(), readGold(gold));
    long n = inputs.size();
    System.out.printf(
        Locale.ROOT,
        "articles=%d stories=%d B3 P=%.4f R=%.4f F1=%.4f candidatePairs=%d of allPairs=%d (%.2f%%) edges=%d time=%dms%n",
        n,
        new HashSet<>(run.storyIds().values()).size(),
        prf[0],
        prf[1],
        prf[2],
        run.candidatePairs(),
        n * (n - 1) / 2,
        100.0 * run.candidatePairs() / (n * (n - 1) / 2),
        run.edges(),
        millis);
  }

  /** The defaults, each overridable for tuning with a system property of the field's name. */
  private static ClusterSettings settings() {
    ClusterSettings d = ClusterSettings.defaults();
    return new ClusterSettings(
        Double.parseDouble(System.getProperty("threshold", String.valueOf(d.threshold()))),
        Integer.getInteger("maxTerms", d.maxTerms()),
        Integer.getInteger("blockingKeys", d.blockingKeys()),
        Double.parseDouble(System.getProperty("maxDfFraction", String.valueOf(d.maxDfFraction()))),
        Integer.getInteger("maxBlockSize", d.maxBlockSize()),
        Integer.getInteger("maxDateGapDays", d.maxDateGapDays()));
  }

  private static List<ClusterInput> readInputs(Path file) throws IOException {
    SentenceSplitter splitter = new SentenceSplitter();
    List<ClusterInput> inputs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        Article a =
            new Article(
                n.get("id").asText(),
                n.get("source").asText(),
                n.get("body").asText(),
                text(n, "title"),
                text(n, "published"),
                null,
                null);
        inputs.add(new ClusterInput(a, splitter.split(a.body())));
      }
    }
    return inputs;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Article id → gold story index. */
  private static Map<String, Integer> readGold(Path file) throws IOException {
    Map<String, Integer> gold = new HashMap<>();
    JsonNode clusters = JSON.readTree(file.toFile()).get("clusters");
    for (int c = 0; c < clusters.size(); c++) {
      for (JsonNode id : clusters.get(c)) {
        gold.put(id.asText(), c);
      }
    }
    return gold;
  }

  /** B-cubed precision, recall and F1, averaged over the gold articles. */
  static double[] bcubed(Map<String, String> predicted, Map<String, Integer> gold) {
    Map<String, Set<String>> predictedMembers = groups(predicted);
    Map<Integer, Set<String>> goldMembers = groups(gold);
    double p = 0;
    double r = 0;
    for (Map.Entry<String, Integer> e : gold.entrySet()) {
      Set<String> pred = predictedMembers.getOrDefault(predicted.get(e.getKey()), Set.of(e.getKey()));
      Set<String> truth = goldMembers.get(e.getValue());
      long both = pred.stream().filter(truth::contains).count();
      p += (double) both / pred.size();
      r += (double) both / truth.size();
    }
    p /= gold.size();
    r /= gold.size();
    return new double[] {p, r, 2 * p * r / (p + r)};
  }

  private static <K> Map<K, Set<String>> groups(Map<String, K> assignment) {
    Map<K, Set<String>> groups = new HashMap<>();
    assignment.forEach((id, group) -> groups.computeIfAbsent(group, g -> new HashSet<>()).add(id));
    return groups;
  }
}
