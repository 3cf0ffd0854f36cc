package org.storydiff.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.storydiff.eval.BCubed;
import org.storydiff.eval.GoldClusters;
import org.storydiff.model.Article;
import org.storydiff.text.SentenceSplitter;

/**
 * Tuning aid (not a unit test; the user-facing measurement is {@code storydiff eval clusters}).
 * Clusters ECB+ with the core clusterer and prints B-cubed P, R, F1 for the whole set and for its
 * odd and even topics clustered separately (tune on one half, read the other), over a threshold
 * sweep, so overfitting to one set shows as a spike rather than a plateau.
 *
 * <p>Usage: {@code java -cp ... org.storydiff.cluster.EcbPlusEval [dataset dir]}, default {@code
 * /work/shared/datasets/ecbplus}. {@code -Dsweep=0.15,0.40,0.01} (from, to, step; default: the
 * default threshold only); each other {@link ClusterSettings} field can be overridden with a system
 * property of its name ({@code -DmaxTerms=64}); {@code -Ddump=file} writes "articleId TAB storyId"
 * lines of the whole set at the default threshold. The topic is read from the ECB+ id
 * ("ecb-12_3ecbplus" is topic 12), for the split only.
 */
public final class EcbPlusEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EcbPlusEval() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/ecbplus");
    Path articles = dir.resolve("articles.jsonl");
    Path goldFile = dir.resolve("gold.json");
    if (!Files.isReadable(articles) || !Files.isReadable(goldFile)) {
      System.err.println("ECB+ data not found: expected articles.jsonl and gold.json in " + dir);
      System.exit(2);
    }
    List<ClusterInput> inputs = readInputs(articles);
    Map<String, Integer> gold = GoldClusters.read(goldFile);
    Map<String, Predicate<String>> subsets = new TreeMap<>();
    subsets.put("all", id -> true);
    if (inputs.get(0).article().id().startsWith("ecb-")) {
      subsets.put("odd", id -> topic(id) % 2 == 1);
      subsets.put("even", id -> topic(id) % 2 == 0);
    }
    ClusterSettings base = settings();
    double[] sweep = sweep(base.threshold());
    for (Map.Entry<String, Predicate<String>> subset : subsets.entrySet()) {
      List<ClusterInput> part =
          inputs.stream().filter(i -> subset.getValue().test(i.article().id())).toList();
      Map<String, Integer> partGold = new TreeMap<>(gold);
      partGold.keySet().removeIf(id -> !subset.getValue().test(id));
      LocalStoryClusterer featurizer = new LocalStoryClusterer(base);
      List<ClusterFeatures> features = featurizer.features(part);
      for (double t = sweep[0]; t <= sweep[1] + 1e-9; t += sweep[2]) {
        ClusterSettings s = withThreshold(base, t);
        long started = System.nanoTime();
        ClusteringRun run = new LocalStoryClusterer(s).cluster(features);
        long millis = (System.nanoTime() - started) / 1_000_000;
        BCubed.Score score = BCubed.score(run.storyIds(), partGold);
        System.out.printf(
            Locale.ROOT,
            "%-4s t=%.3f P=%.4f R=%.4f F1=%.4f stories=%d gold=%d pairs=%d edges=%d %dms%n",
            subset.getKey(),
            t,
            score.precision(),
            score.recall(),
            score.f1(),
            new HashSet<>(run.storyIds().values()).size(),
            score.goldClusters(),
            run.candidatePairs(),
            run.edges(),
            millis);
        if (subset.getKey().equals("all")
            && Math.abs(t - base.threshold()) < 1e-9
            && System.getProperty("dump") != null) {
          List<String> lines =
              run.storyIds().entrySet().stream()
                  .map(e -> e.getKey() + "\t" + e.getValue())
                  .toList();
          Files.write(Path.of(System.getProperty("dump")), lines, StandardCharsets.UTF_8);
        }
      }
    }
  }

  private static int topic(String id) {
    return Integer.parseInt(id.substring(id.indexOf('-') + 1, id.indexOf('_')));
  }

  private static double[] sweep(double threshold) {
    String spec = System.getProperty("sweep");
    if (spec == null) {
      return new double[] {threshold, threshold, 1};
    }
    String[] parts = spec.split(",");
    return new double[] {
      Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
    };
  }

  private static ClusterSettings withThreshold(ClusterSettings d, double t) {
    return new ClusterSettings(
        t, d.maxTerms(), d.blockingKeys(), d.maxDfFraction(), d.maxBlockSize(), d.maxDateGapDays());
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
                Boolean.getBoolean("nodates") ? null : text(n, "published"),
                null,
                null);
        inputs.add(ClusterInput.analyze(a, splitter.split(a.body())));
      }
    }
    return inputs;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
