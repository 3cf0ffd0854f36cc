package org.storydiff.pipeline;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.storydiff.lineage.Credits;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;

/**
 * Keeps one article or story that trips a bug from failing the whole job: a day of wire traffic
 * must not be lost to one odd text. A failed article becomes a rejection naming the error, a failed
 * story keeps its versions (and their facts) without alignments or findings, and says why. Catches
 * runtime exceptions and stack overflows (deep regex recursion), never other errors such as running
 * out of memory, which a retry on another executor may cure.
 */
public final class FailSafe {

  private FailSafe() {}

  public static ArticleAnalysis analyze(
      Article article, Function<Article, ArticleAnalysis> analyzer) {
    try {
      return analyzer.apply(article);
    } catch (RuntimeException | StackOverflowError e) {
      return new ArticleAnalysis.NotAnalyzed(
          "could not be analyzed (internal error, please report): " + describe(e));
    }
  }

  public static StoryResult process(
      String storyId,
      List<AnalyzedArticle> versions,
      BiFunction<String, List<AnalyzedArticle>, StoryResult> pipeline) {
    try {
      return pipeline.apply(storyId, versions);
    } catch (RuntimeException | StackOverflowError e) {
      StoryResult failed =
          StoryResult.failed(
              storyId,
              versions,
              "could not be compared (internal error, please report): " + describe(e));
      // Its versions still get lineage rows (no copies known, only their credits).
      return failed.isMultiVersion()
          ? failed.withLineage(
              failed.versions().stream()
                  .map(v -> VersionLineage.original(v.id(), Credits.of(v)))
                  .toList())
          : failed;
    }
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + where;
  }
}
