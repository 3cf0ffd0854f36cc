package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;

/** The step times a story reports are filled, never negative, and parts of the whole call. */
class StoryTimingsTest {

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final StoryPipeline pipeline = new StoryPipeline();

  private AnalyzedArticle version(String id, String body) {
    return analyzer.analyze(new Article(id, "Agency " + id, body, null, null, null, null));
  }

  @Test
  void aComparedStoryReportsEachStepWithinItsTotal() {
    List<AnalyzedArticle> versions =
        List.of(
            version("a", "The dam burst on Tuesday. At least 35 homes were flooded."),
            version("b", "The dam burst on Tuesday. At least 40 homes were flooded."));

    StoryPipeline.Timed timed = pipeline.processTimed("s", versions);
    StoryTimings t = timed.timings();

    assertThat(t.totalNanos()).isPositive();
    assertThat(List.of(t.alignNanos(), t.findingsNanos(), t.lineageNanos()))
        .allSatisfy(n -> assertThat(n).isNotNegative());
    assertThat(t.alignNanos() + t.findingsNanos() + t.lineageNanos())
        .isLessThanOrEqualTo(t.totalNanos());
    // The timed call gives the same story as the untimed one.
    assertThat(timed.result().lineage()).hasSize(2);
    assertThat(timed.result().findings()).isEqualTo(pipeline.process("s", versions).findings());
  }

  @Test
  void aSingleVersionStorySpendsNothingInTheSteps() {
    StoryTimings t =
        pipeline.processTimed("s", List.of(version("a", "The dam burst on Tuesday."))).timings();

    assertThat(t.totalNanos()).isNotNegative();
    assertThat(t.alignNanos() + t.findingsNanos() + t.lineageNanos()).isZero();
  }

  @Test
  void stepsMustBeNonNegativePartsOfTheTotal() {
    assertThatThrownBy(() -> new StoryTimings(10, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> new StoryTimings(10, 4, 4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed");
  }
}
