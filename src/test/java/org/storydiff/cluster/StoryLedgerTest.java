package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryLedgerTest {

  private final StoryLedger ledger = new StoryLedger(7);
  private static final StoryCentroid FIRE =
      StoryCentroid.mean(List.of(TermVector.of(Map.of("wildfire", 1.0))));
  private static final StoryCentroid PORT =
      StoryCentroid.mean(List.of(TermVector.of(Map.of("terminal", 1.0))));

  private static StorySketch sketch(
      String id, List<String> articles, Long first, Long last, int idle, StoryCentroid c) {
    return new StorySketch(id, articles, first, last, idle, StoryStatus.NEW, c);
  }

  @Test
  void aContinuedStoryKeepsTheEarlierIdAndGathersBothSides() {
    StorySketch earlier = sketch("story-old", List.of("a", "b"), 100L, 101L, 3, FIRE);
    StorySketch today = sketch("story-new", List.of("c"), 102L, 102L, 0, PORT);

    StorySketch joined = ledger.continued(today, earlier);

    assertThat(joined.storyId()).isEqualTo("story-old");
    assertThat(joined.status()).isEqualTo(StoryStatus.CONTINUED);
    assertThat(joined.articleIds()).containsExactly("a", "b", "c");
    assertThat(joined.firstDay()).isEqualTo(100L);
    assertThat(joined.lastDay()).isEqualTo(102L);
    assertThat(joined.idleRuns()).isZero();
    assertThat(joined.centroid()).isEqualTo(StoryCentroid.merge(FIRE, 2, PORT, 1));
  }

  @Test
  void anEarlierStoryIsCarriedWhileInTheWindowAndDroppedAfter() {
    StorySketch earlier = sketch("story-old", List.of("a"), 100L, 101L, 2, FIRE);

    assertThat(ledger.carried(earlier, 108L))
        .hasValueSatisfying(
            s -> {
              assertThat(s.status()).isEqualTo(StoryStatus.CARRIED);
              assertThat(s.idleRuns()).isEqualTo(3);
              assertThat(s.articleIds()).containsExactly("a");
            });
    assertThat(ledger.carried(earlier, 109L)).isEmpty();
  }

  @Test
  void withoutDatesTheWindowCountsRuns() {
    StorySketch undated = sketch("story-old", List.of("a"), null, null, 6, FIRE);
    StorySketch dated = sketch("story-dated", List.of("a"), 100L, 100L, 6, FIRE);

    assertThat(ledger.carried(undated, 200L))
        .hasValueSatisfying(s -> assertThat(s.idleRuns()).isEqualTo(7));
    assertThat(ledger.carried(undated.as("story-old", StoryStatus.CARRIED, 7), 200L)).isEmpty();
    assertThat(ledger.carried(dated, null)).isPresent();
    assertThat(ledger.carried(dated.as("story-dated", StoryStatus.CARRIED, 7), null)).isEmpty();
  }

  @Test
  void duplicateEarlierRowsResolveTheSameWayInAnyOrder() {
    StorySketch older = sketch("story-x", List.of("a"), 100L, 100L, 0, FIRE);
    StorySketch newer = sketch("story-x", List.of("b"), 101L, 101L, 0, PORT);
    StorySketch twin = sketch("story-x", List.of("c"), 101L, 101L, 0, PORT);

    assertThat(StoryLedger.preferred(older, newer))
        .isSameAs(StoryLedger.preferred(newer, older))
        .isSameAs(newer);
    assertThat(StoryLedger.preferred(newer, twin)).isSameAs(StoryLedger.preferred(twin, newer));
  }
}
