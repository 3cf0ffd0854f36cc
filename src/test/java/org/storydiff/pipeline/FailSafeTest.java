package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.StoryResult;

/** One article or story that trips a bug is reported, and does not take the run down with it. */
class FailSafeTest {

  private final Article article =
      new Article("a1", "Northwire", "The bridge reopened.", null, null, null, null);

  @Test
  void aWorkingAnalyzerPassesThrough() {
    ArticleAnalysis analysis = FailSafe.analyze(article, new ArticleAnalyzer()::analyzeWithin);
    assertThat(analysis).isInstanceOf(ArticleAnalysis.Done.class);
  }

  @Test
  void aFailingAnalysisBecomesAReasonNamingTheError() {
    ArticleAnalysis analysis =
        FailSafe.analyze(
            article,
            a -> {
              throw new IllegalStateException("unexpected token");
            });

    assertThat(analysis)
        .isInstanceOfSatisfying(
            ArticleAnalysis.NotAnalyzed.class,
            n ->
                assertThat(n.reason())
                    .startsWith(
                        "could not be analyzed (internal error, please report): IllegalStateException: unexpected token at "));
  }

  @Test
  void aStackOverflowIsCaughtButRunningOutOfMemoryIsNot() {
    assertThat(
            FailSafe.analyze(
                article,
                a -> {
                  throw new StackOverflowError();
                }))
        .isInstanceOf(ArticleAnalysis.NotAnalyzed.class);
    assertThatThrownBy(
            () ->
                FailSafe.analyze(
                    article,
                    a -> {
                      throw new OutOfMemoryError("heap");
                    }))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void aFailingStoryKeepsItsVersionsAndSaysWhy() {
    List<AnalyzedArticle> versions =
        List.of(
            new ArticleAnalyzer().analyze(article),
            new ArticleAnalyzer()
                .analyze(
                    new Article(
                        "b1", "CNS", "The bridge reopened today.", null, null, null, null)));

    StoryResult result =
        FailSafe.process(
            "s1",
            versions,
            (id, v) -> {
              throw new IndexOutOfBoundsException("Index 3 out of bounds for length 2");
            });

    assertThat(result.versions()).extracting(AnalyzedArticle::id).containsExactly("a1", "b1");
    assertThat(result.alignments()).isEmpty();
    assertThat(result.findings()).isEmpty();
    assertThat(result.failure())
        .startsWith(
            "could not be compared (internal error, please report): "
                + "IndexOutOfBoundsException: Index 3 out of bounds for length 2");
  }
}
