package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.pipeline.ArticleAnalyzer;

/** Three runs in plain Java on {@link ContinuingStories}: each reads only the run before. */
class LocalStoryContinuationTest {

  private final LocalStoryClusterer clusterer = new LocalStoryClusterer();
  private final LocalStoryContinuation continuation =
      new LocalStoryContinuation(ClusterSettings.defaults());

  private ClusteringRun cluster(List<Article> articles) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
    return clusterer.run(analyzed.stream().map(ClusterInput::of).toList());
  }

  @Test
  void aStoryGoingOnOverTwoDaysKeepsItsIdAndAnUnrelatedOneIsCarried() {
    ClusteringRun day1 = cluster(ContinuingStories.day1());
    String fire = day1.storyIds().get("fire-1-kestrel");
    String port = day1.storyIds().get("port-1-kestrel");
    assertThat(day1.storyIds().get("fire-1-ostral")).isEqualTo(fire);
    assertThat(day1.stories()).hasSize(2);

    ClusteringRun day2 = cluster(ContinuingStories.day2());
    String fireToday = day2.storyIds().get("fire-2-kestrel");
    String chess = day2.storyIds().get("chess-2-kestrel");
    LocalStoryContinuation.Outcome outcome = continuation.apply(day2.stories(), day1.stories());

    assertThat(outcome.links()).isEqualTo(Map.of(fireToday, fire));
    assertThat(outcome.continued()).isEqualTo(1);
    assertThat(outcome.carried()).isEqualTo(1);
    assertThat(outcome.expired()).isZero();
    assertThat(outcome.stories())
        .extracting(StorySketch::storyId)
        .containsExactlyInAnyOrder(fire, port, chess);
    StorySketch fireRow = row(outcome, fire);
    assertThat(fireRow.status()).isEqualTo(StoryStatus.CONTINUED);
    assertThat(fireRow.articleIds())
        .containsExactly("fire-1-kestrel", "fire-1-ostral", "fire-2-kestrel", "fire-2-ostral");
    assertThat(row(outcome, port).status()).isEqualTo(StoryStatus.CARRIED);
    assertThat(row(outcome, chess).status()).isEqualTo(StoryStatus.NEW);
  }

  @Test
  void aFollowUpBeyondTheWindowStartsANewStoryAndTheOldOnesExpire() {
    List<StorySketch> afterDay2 =
        continuation
            .apply(
                cluster(ContinuingStories.day2()).stories(),
                cluster(ContinuingStories.day1()).stories())
            .stories();
    ClusteringRun day12 = cluster(ContinuingStories.day12());

    LocalStoryContinuation.Outcome outcome = continuation.apply(day12.stories(), afterDay2);

    assertThat(outcome.links()).isEmpty();
    assertThat(outcome.expired()).isEqualTo(3);
    assertThat(outcome.stories())
        .extracting(StorySketch::storyId)
        .containsExactly(day12.storyIds().get("fire-12-kestrel"));
  }

  @Test
  void theFollowUpWouldJoinInsideTheWindow() {
    List<Article> soon =
        ContinuingStories.day12().stream()
            .map(
                a ->
                    new Article(
                        a.id(),
                        a.source(),
                        a.body(),
                        a.title(),
                        ContinuingStories.DAY_2,
                        null,
                        null))
            .toList();
    ClusteringRun day1 = cluster(ContinuingStories.day1());

    LocalStoryContinuation.Outcome outcome =
        continuation.apply(cluster(soon).stories(), day1.stories());

    assertThat(outcome.links()).containsValue(day1.storyIds().get("fire-1-kestrel"));
  }

  @Test
  void theOutcomeDoesNotDependOnTheOrderOfStoriesOrOnRepeatedEarlierRows() {
    List<StorySketch> day1 = cluster(ContinuingStories.day1()).stories();
    List<StorySketch> day2 = cluster(ContinuingStories.day2()).stories();
    LocalStoryContinuation.Outcome expected = continuation.apply(day2, day1);
    Random random = new Random(11);
    for (int round = 0; round < 10; round++) {
      List<StorySketch> today = new ArrayList<>(day2);
      List<StorySketch> earlier = new ArrayList<>(day1);
      earlier.add(day1.get(round % day1.size()));
      Collections.shuffle(today, random);
      Collections.shuffle(earlier, random);

      assertThat(continuation.apply(today, earlier)).isEqualTo(expected);
    }
  }

  private static StorySketch row(LocalStoryContinuation.Outcome outcome, String id) {
    return outcome.stories().stream().filter(s -> s.storyId().equals(id)).findFirst().orElseThrow();
  }
}
