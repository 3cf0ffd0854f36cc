package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviousStoryMatcherTest {

  private final PreviousStoryMatcher matcher = new PreviousStoryMatcher(ClusterSettings.defaults());

  private static final Map<String, Double> FIRE =
      Map.of(
          "wildfire",
          3.0,
          "e:tarnholt",
          3.0,
          "e:odile marchetti",
          2.0,
          "ridge",
          1.0,
          "evacuated",
          1.0);
  private static final Map<String, Double> FIRE_LATER =
      Map.of(
          "wildfire",
          2.0,
          "e:tarnholt",
          3.0,
          "e:odile marchetti",
          2.0,
          "contained",
          2.0,
          "returned",
          1.0);
  private static final Map<String, Double> PORT =
      Map.of("terminal", 3.0, "e:qelmar", 3.0, "quay", 2.0, "n:400000", 2.0);
  private static final Map<String, Double> CHESS =
      Map.of("chess", 3.0, "e:ilse varga", 3.0, "champion", 2.0);

  static StorySketch story(String id, String day, Map<String, Double> terms) {
    Long epochDay = day == null ? null : LocalDate.parse(day).toEpochDay();
    return new StorySketch(
        id,
        List.of(id + "-a"),
        epochDay,
        epochDay,
        0,
        StoryStatus.NEW,
        StoryCentroid.mean(List.of(TermVector.of(terms))));
  }

  @Test
  void aContinuationTakesTheEarlierIdAndAnUnrelatedStoryDoesNot() {
    List<StorySketch> earlier =
        List.of(story("fire", "2026-06-10", FIRE), story("port", "2026-06-10", PORT));
    List<StorySketch> today =
        List.of(story("fire-today", "2026-06-11", FIRE_LATER), story("chess", "2026-06-11", CHESS));

    assertThat(matcher.match(today, earlier)).isEqualTo(Map.of("fire-today", "fire"));
  }

  @Test
  void theTimeWindowIsTheClusteringsOwn() {
    StorySketch earlier = story("fire", "2026-06-10", FIRE);

    assertThat(matcher.score(story("t", "2026-06-12", FIRE_LATER), earlier))
        .isEqualTo(earlier.centroid().dot(story("t", null, FIRE_LATER).centroid()));
    assertThat(matcher.score(story("t", "2026-06-15", FIRE_LATER), earlier))
        .isLessThan(matcher.score(story("t", "2026-06-12", FIRE_LATER), earlier));
    assertThat(matcher.match(List.of(story("t", "2026-06-18", FIRE)), List.of(earlier))).isEmpty();
    assertThat(matcher.match(List.of(story("t", "2026-06-16", FIRE)), List.of(earlier)))
        .containsEntry("t", "fire");
    assertThat(matcher.match(List.of(story("t", null, FIRE)), List.of(earlier)))
        .containsEntry("t", "fire");
  }

  @Test
  void anEarlierStoryContinuesInOneStoryOnlyAndTheOtherFallsBackToItsNextBest() {
    StorySketch fire = story("fire", "2026-06-10", FIRE);
    StorySketch fireRival =
        story(
            "fire-rival",
            "2026-06-10",
            Map.of("wildfire", 3.0, "e:tarnholt", 3.0, "contained", 1.0, "e:lisk valley", 3.0));
    StorySketch close = story("close", "2026-06-11", FIRE);
    StorySketch looser = story("looser", "2026-06-11", FIRE_LATER);

    assertThat(matcher.match(List.of(looser, close), List.of(fire)))
        .isEqualTo(Map.of("close", "fire"));
    assertThat(matcher.match(List.of(looser, close), List.of(fireRival, fire)))
        .isEqualTo(Map.of("close", "fire", "looser", "fire-rival"));
  }

  @Test
  void theSameStoryIdGivenAgainAlwaysMeetsItself() {
    StorySketch earlier = story("fire", "2026-06-10", FIRE);

    assertThat(matcher.match(List.of(story("fire", "2026-06-10", CHESS)), List.of(earlier)))
        .containsEntry("fire", "fire");
  }

  @Test
  void numbersAndDatesAreNeverKeys() {
    long[] keys = matcher.keys(story("port", "2026-06-10", PORT));

    assertThat(keys)
        .contains(TermHash.of("terminal"), TermHash.of("e:qelmar"))
        .doesNotContain(TermHash.of("n:400000"));
    assertThat(keys).hasSize(4); // 3 words and names, and the story's own id
  }

  @Test
  void aKeyHeldByTooManyEarlierStoriesIsSkipped() {
    ClusterSettings d = ClusterSettings.defaults();
    PreviousStoryMatcher small =
        new PreviousStoryMatcher(
            new ClusterSettings(
                d.threshold(), d.maxTerms(), 1, d.maxDfFraction(), 2, d.maxDateGapDays()));
    Map<String, Double> onlyFire = Map.of("wildfire", 1.0);
    List<StorySketch> earlier =
        List.of(
            story("p1", null, onlyFire), story("p2", null, onlyFire), story("p3", null, onlyFire));

    assertThat(small.match(List.of(story("t", null, onlyFire)), earlier)).isEmpty();
    assertThat(small.match(List.of(story("t", null, onlyFire)), earlier.subList(0, 2)))
        .containsEntry("t", "p1");
  }
}
