package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.StoryResult;

/** A story over --max-versions compares its earliest versions and names the others. */
class StoryPipelineLimitTest {

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  private AnalyzedArticle version(String id, String published, String body) {
    return analyzer.analyze(new Article(id, "Agency " + id, body, null, published, null, null));
  }

  @Test
  void onlyTheEarliestVersionsAreComparedAndTheRestAreNamed() {
    List<AnalyzedArticle> versions =
        List.of(
            version(
                "d",
                "2026-11-04T09:00:00Z",
                "The dam burst on Tuesday. At least 40 homes were flooded."),
            version(
                "a",
                "2026-11-01T09:00:00Z",
                "The dam burst on Tuesday. At least 35 homes were flooded."),
            version("c", null, "The dam burst on Tuesday. At least 50 homes were flooded."),
            version(
                "b",
                "2026-11-02T09:00:00Z",
                "The dam burst on Tuesday. At least 35 homes were flooded."));

    StoryResult result = new StoryPipeline(new PipelineLimits(100, 2)).process("s", versions);

    assertThat(result.versions())
        .extracting(AnalyzedArticle::id)
        .containsExactly("a", "b", "c", "d");
    assertThat(result.notCompared()).containsExactly("c", "d");
    assertThat(result.alignments())
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.articleA()).isIn("a", "b");
              assertThat(a.articleB()).isIn("a", "b");
            });
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.articleId()).isIn("a", "b"));
  }

  @Test
  void aStoryWithinTheLimitIsComparedWhole() {
    List<AnalyzedArticle> versions =
        List.of(
            version("a", null, "The dam burst on Tuesday. At least 35 homes were flooded."),
            version("b", null, "The dam burst on Tuesday. At least 40 homes were flooded."));

    StoryResult result = new StoryPipeline(new PipelineLimits(100, 2)).process("s", versions);

    assertThat(result.notCompared()).isEmpty();
    assertThat(result.findings()).extracting(f -> f.articleId()).contains("a", "b");
  }
}
