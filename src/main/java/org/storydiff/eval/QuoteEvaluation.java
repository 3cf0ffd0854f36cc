package org.storydiff.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storydiff.eval.QuoteGold.GoldArticle;
import org.storydiff.eval.QuoteScorer.ArticleResult;
import org.storydiff.eval.QuoteScorer.Predicted;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.FactKind;
import org.storydiff.model.Quote;
import org.storydiff.pipeline.ArticleAnalyzer;

/**
 * Runs the job's per-article analysis (the same {@link ArticleAnalyzer} the Spark job calls, so the
 * quotes scored are exactly the {@code facts/} rows of kind "quote") on the labelled articles and
 * scores them against the gold, per split. Articles without gold are skipped; gold articles never
 * read count all their quotes as misses. Not thread-safe (one analyzer).
 */
public final class QuoteEvaluation {

  /** One scored article. */
  public record Scored(GoldArticle gold, Article article, ArticleResult result) {}

  /** Per-article results and their totals by split ("all" holds every split together). */
  public record Outcome(List<Scored> articles, Map<String, QuoteScore> bySplit) {}

  public static final String ALL = "all";

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  /**
   * @param split only gold articles of this split count, or all of them when null
   */
  public Outcome evaluate(Iterator<Article> articles, Map<String, GoldArticle> gold, String split) {
    List<Scored> scored = new ArrayList<>();
    Map<String, QuoteScore> bySplit = new TreeMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (articles.hasNext()) {
      Article a = articles.next();
      GoldArticle g = gold.get(a.id());
      if (g == null || !inSplit(g, split) || !seen.add(a.id())) {
        continue;
      }
      ArticleResult r = QuoteScorer.score(a.body(), g.quotes(), predictions(analyzer.analyze(a)));
      scored.add(new Scored(g, a, r));
      add(bySplit, g, r.score());
    }
    for (GoldArticle g : gold.values()) {
      if (inSplit(g, split) && !seen.contains(g.articleId())) {
        add(bySplit, g, new QuoteScore(0, 0, g.quotes().size(), 0));
      }
    }
    return new Outcome(scored, bySplit);
  }

  /** The direct quotes the job writes as facts of kind "quote", as the scorer takes them. */
  static List<Predicted> predictions(AnalyzedArticle analyzed) {
    List<Predicted> out = new ArrayList<>();
    analyzed
        .facts()
        .forEach(
            f -> {
              if (f.kind() == FactKind.QUOTE && f instanceof Quote q) {
                out.add(new Predicted(q.start(), q.end(), q.speaker()));
              }
            });
    return out;
  }

  private static boolean inSplit(GoldArticle g, String split) {
    return split == null || split.equals(g.split());
  }

  private static void add(Map<String, QuoteScore> bySplit, GoldArticle g, QuoteScore s) {
    bySplit.merge(g.split() == null ? "(none)" : g.split(), s, QuoteScore::plus);
    bySplit.merge(ALL, s, QuoteScore::plus);
  }
}
