package org.storydiff.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storydiff.align.SentencePairJudge;
import org.storydiff.align.StoryAligner;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;

/**
 * Measures the quantized all-MiniLM-L6-v2 sentence embeddings against the lexical scorer, on MSRP,
 * STS headlines and the sample-data alignment gold, and their cost. Built only with {@code
 * -Pembeddings}; run:
 *
 * <pre>
 * ./mvnw -q -Pembeddings compile dependency:build-classpath -Dmdep.outputFile=target/emb-cp.txt
 * java -cp target/classes:$(cat target/emb-cp.txt) org.storydiff.eval.EmbeddingEvaluation \
 *   ../shared/datasets/msrp-sts/dataset-sts/data sample-data src/test/resources/align/sample-data-gold.json
 * </pre>
 */
public final class EmbeddingEvaluation {

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final SentencePairJudge judge = new SentencePairJudge();
  private final Map<String, float[]> cache = new HashMap<>();
  private long embedNanos;
  private int embedded;

  public static void main(String[] args) throws Exception {
    EmbeddingEvaluation e = new EmbeddingEvaluation();
    Path data = Path.of(args[0]);
    e.msrp(data);
    e.sts(data.resolve("sts/semeval-sts"));
    e.gold(Path.of(args[1]), Path.of(args[2]));
    System.out.printf(
        Locale.ROOT,
        "cost: %d sentences embedded, %.2f ms per sentence (one thread)%n",
        e.embedded,
        e.embedNanos / 1e6 / Math.max(1, e.embedded));
  }

  private float[] embed(String text) {
    return cache.computeIfAbsent(
        text,
        t -> {
          long start = System.nanoTime();
          Embedding v = model.embed(t).content();
          embedNanos += System.nanoTime() - start;
          embedded++;
          return v.vector();
        });
  }

  double cosine(String a, String b) {
    float[] x = embed(a);
    float[] y = embed(b);
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      nx += x[i] * x[i];
      ny += y[i] * y[i];
    }
    return dot / Math.sqrt(nx * ny);
  }

  private void msrp(Path data) throws Exception {
    Path msr = data.resolve("para/msr");
    List<LabelledPair> cal =
        new ArrayList<>(LabelledPair.readMsrp(msr.resolve("msr-para-train.tsv")));
    cal.addAll(LabelledPair.readMsrp(msr.resolve("msr-para-val.tsv")));
    List<LabelledPair> test = LabelledPair.readMsrp(msr.resolve("msr-para-test.tsv"));
    for (String signal : List.of("lexical", "embedding", "mean")) {
      double[] c = scores(cal, signal);
      double[] t = scores(test, signal);
      ThresholdSweep.Choice choice = ThresholdSweep.best(c, all(c.length), gold(cal));
      System.out.printf(
          Locale.ROOT,
          "MSRP %-9s t = %.2f on train+val; test %s%n",
          signal,
          choice.threshold(),
          ThresholdSweep.apply(choice.threshold(), t, all(t.length), gold(test)).summary());
    }
  }

  private void sts(Path root) throws Exception {
    List<LabelledPair> pairs = new ArrayList<>();
    try (var years = Files.list(root)) {
      for (Path year : years.sorted().toList()) {
        Path f = year.resolve("headlines.test.tsv");
        if (Files.isRegularFile(f)) {
          pairs.addAll(LabelledPair.readSts(f));
        }
      }
    }
    double[] g = pairs.stream().mapToDouble(LabelledPair::label).toArray();
    for (String signal : List.of("lexical", "embedding", "mean")) {
      double[] s = scores(pairs, signal);
      System.out.printf(
          Locale.ROOT,
          "STS %-9s Pearson %.3f Spearman %.3f (%d pairs)%n",
          signal,
          Correlation.pearson(s, g),
          Correlation.spearman(s, g),
          pairs.size());
    }
  }

  private double[] scores(List<LabelledPair> pairs, String signal) {
    double[] out = new double[pairs.size()];
    for (int i = 0; i < out.length; i++) {
      LabelledPair p = pairs.get(i);
      double lexical = judge.judge(p.a(), p.b()).score();
      double embedding = signal.equals("lexical") ? 0 : Math.max(0, cosine(p.a(), p.b()));
      out[i] =
          switch (signal) {
            case "lexical" -> lexical;
            case "embedding" -> embedding;
            default -> (lexical + embedding) / 2;
          };
    }
    return out;
  }

  /**
   * The lexical aligner plus embedding links: within each version pair, a sentence pair the lexical
   * aligner left unlinked is added when its cosine is at least {@code t} and each is the other's
   * most similar sentence (relation from the lexical judge, CHANGED when it has none).
   */
  private void gold(Path input, Path goldFile) throws Exception {
    var gold = AlignmentGold.read(goldFile);
    var articles = ArticleFiles.read(List.of(input));
    StoryAligner lexical = new StoryAligner();
    System.out.println(
        "gold lexical only: "
            + AlignmentEvaluation.summary(
                new AlignmentEvaluation(lexical::align, null).evaluate(gold, articles)));
    for (double t : new double[] {0.95, 0.9, 0.85, 0.8, 0.75, 0.7}) {
      AlignmentEvaluation ev =
          new AlignmentEvaluation(v -> withEmbeddings(lexical.align(v), v, t), null);
      System.out.printf(
          Locale.ROOT,
          "gold + embeddings (cosine >= %.2f, mutual best): %s%n",
          t,
          AlignmentEvaluation.summary(ev.evaluate(gold, articles)));
    }
  }

  private List<Alignment> withEmbeddings(
      List<Alignment> lexical, List<AnalyzedArticle> versions, double t) {
    List<Alignment> out = new ArrayList<>(lexical);
    java.util.Set<String> linked = new java.util.HashSet<>();
    lexical.forEach(
        x -> {
          linked.add(x.articleA() + ":" + x.sentenceA() + "/" + x.articleB());
          linked.add(x.articleB() + ":" + x.sentenceB() + "/" + x.articleA());
        });
    List<AnalyzedArticle> sorted =
        versions.stream().sorted(java.util.Comparator.comparing(AnalyzedArticle::id)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        AnalyzedArticle a = sorted.get(i);
        AnalyzedArticle b = sorted.get(j);
        double[][] sim = new double[a.sentences().size()][b.sentences().size()];
        for (int x = 0; x < sim.length; x++) {
          for (int y = 0; y < sim[x].length; y++) {
            boolean body =
                !a.sentences().get(x).isBoilerplate() && !b.sentences().get(y).isBoilerplate();
            sim[x][y] = body ? cosine(a.sentenceText(x), b.sentenceText(y)) : -1;
          }
        }
        for (int x = 0; x < sim.length; x++) {
          for (int y = 0; y < sim[x].length; y++) {
            if (sim[x][y] < t
                || !mutualBest(sim, x, y)
                || linked.contains(a.id() + ":" + x + "/" + b.id())
                || linked.contains(b.id() + ":" + y + "/" + a.id())) {
              continue;
            }
            SentencePairJudge.Judgement j2 = judge.judge(a.sentenceText(x), b.sentenceText(y));
            Relation r = j2.aligned() ? j2.relation() : Relation.CHANGED;
            out.add(new Alignment(a.id(), x, b.id(), y, Math.min(1, sim[x][y]), r));
          }
        }
      }
    }
    return out;
  }

  private static boolean mutualBest(double[][] sim, int x, int y) {
    for (int k = 0; k < sim[x].length; k++) {
      if (sim[x][k] > sim[x][y]) {
        return false;
      }
    }
    for (double[] row : sim) {
      if (row[y] > sim[x][y]) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }

  private static boolean[] gold(List<LabelledPair> pairs) {
    boolean[] g = new boolean[pairs.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = pairs.get(i).label() >= 0.5;
    }
    return g;
  }
}
