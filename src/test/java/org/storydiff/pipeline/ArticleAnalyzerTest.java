package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.model.Article;

class ArticleAnalyzerTest {

  private static Article article(String body) {
    return new Article("a1", "Northwire", body, null, null, null, null);
  }

  @Test
  void anArticleWithinTheSentenceLimitIsAnalyzed() {
    ArticleAnalysis analysis =
        new ArticleAnalyzer(3).analyzeWithin(article("One fell. Two fell. Three fell."));

    assertThat(analysis)
        .isInstanceOfSatisfying(
            ArticleAnalysis.Done.class, done -> assertThat(done.article().sentences()).hasSize(3));
  }

  @Test
  void anArticleOverTheSentenceLimitSaysWhichLimitAndByHowMuch() {
    ArticleAnalysis analysis =
        new ArticleAnalyzer(3).analyzeWithin(article("One fell. Two fell. Three fell. Four fell."));

    assertThat(analysis)
        .isInstanceOfSatisfying(
            ArticleAnalysis.NotAnalyzed.class,
            over ->
                assertThat(over.reason())
                    .isEqualTo("body has 4 sentences; the limit is 3 (--max-sentences)"));
  }
}
