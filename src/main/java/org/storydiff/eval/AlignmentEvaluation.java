package org.storydiff.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Relation;
import org.storydiff.pipeline.ArticleAnalyzer;

/**
 * Scores sentence alignments against an {@link AlignmentGold}: precision against every acceptable
 * pair (required or possible), recall against the required pairs, and on the required pairs found,
 * how often the relation is right (with precision and recall of {@code changed}).
 */
public final class AlignmentEvaluation {

  /** Totals over all stories. */
  public record Result(
      int predicted, int predictedAcceptable, int sure, int sureFound, BinaryCounts changed) {

    public double precision() {
      return Prf.ratio(predictedAcceptable, predicted);
    }

    public double recall() {
      return Prf.ratio(sureFound, sure);
    }

    public double f1() {
      return Prf.f1(precision(), recall());
    }

    /** Share of found required pairs whose relation is right. */
    public double relationAccuracy() {
      return changed.accuracy();
    }
  }

  private final Function<List<AnalyzedArticle>, List<Alignment>> aligner;
  private final PrintStream errors;

  /**
   * @param aligner aligns one story's versions
   * @param errors where to list misses, extra links and wrong relations, or null for none
   */
  public AlignmentEvaluation(
      Function<List<AnalyzedArticle>, List<Alignment>> aligner, PrintStream errors) {
    this.aligner = aligner;
    this.errors = errors;
  }

  public Result evaluate(List<AlignmentGold.RawStory> gold, Map<String, Article> articles) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    int predicted = 0;
    int acceptable = 0;
    int sure = 0;
    int found = 0;
    BinaryCounts changed = BinaryCounts.EMPTY;
    for (AlignmentGold.RawStory raw : gold) {
      Map<String, AnalyzedArticle> analyzed = new HashMap<>();
      for (String id : raw.articles()) {
        Article a = articles.get(id);
        if (a == null) {
          throw new IllegalArgumentException(raw.name() + ": article not in the input: " + id);
        }
        analyzed.put(id, analyzer.analyze(a));
      }
      AlignmentGold.Story story = AlignmentGold.resolve(raw, analyzed);
      Set<SentencePair> possible = new HashSet<>(story.possible());
      Set<SentencePair> seen = new HashSet<>();
      for (Alignment x : aligner.apply(List.copyOf(analyzed.values()))) {
        SentencePair pair =
            SentencePair.of(x.articleA(), x.sentenceA(), x.articleB(), x.sentenceB());
        predicted++;
        seen.add(pair);
        Relation gold1 = story.sure().get(pair);
        if (gold1 != null) {
          acceptable++;
          found++;
          changed = changed.add(x.relation() == Relation.CHANGED, gold1 == Relation.CHANGED);
          if (gold1 != x.relation()) {
            report(
                analyzed,
                "relation " + x.relation().wireName() + ", gold " + gold1.wireName(),
                pair);
          }
        } else if (possible.contains(pair)) {
          acceptable++;
        } else {
          report(
              analyzed,
              String.format(Locale.ROOT, "extra (%.2f %s)", x.score(), x.relation().wireName()),
              pair);
        }
      }
      sure += story.sure().size();
      for (SentencePair p : story.sure().keySet()) {
        if (!seen.contains(p)) {
          report(analyzed, "missed (" + story.sure().get(p).wireName() + ")", p);
        }
      }
    }
    return new Result(predicted, acceptable, sure, found, changed);
  }

  /** The figures as printable lines. */
  public static List<String> summary(Result r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "alignments: P %.3f  R %.3f  F1 %.3f  (predicted %d, acceptable %d; required %d, found %d)",
            r.precision(),
            r.recall(),
            r.f1(),
            r.predicted(),
            r.predictedAcceptable(),
            r.sure(),
            r.sureFound()));
    BinaryCounts c = r.changed();
    lines.add(
        String.format(
            Locale.ROOT,
            "relation on required pairs found: accuracy %.3f; changed P %.3f R %.3f; same P %.3f R %.3f  (%d pairs)",
            c.accuracy(),
            c.precision(),
            c.recall(),
            ratio(c.tn(), c.tn() + c.fn()),
            ratio(c.tn(), c.tn() + c.fp()),
            c.total()));
    return lines;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private void report(Map<String, AnalyzedArticle> articles, String what, SentencePair p) {
    if (errors == null) {
      return;
    }
    errors.printf(
        Locale.ROOT,
        "%s: %s%n    %s%n    %s%n",
        what,
        p,
        articles.get(p.articleA()).sentenceText(p.sentenceA()),
        articles.get(p.articleB()).sentenceText(p.sentenceB()));
  }
}
