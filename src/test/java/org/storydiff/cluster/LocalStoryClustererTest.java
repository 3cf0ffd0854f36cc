package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

class LocalStoryClustererTest {

  private final LocalStoryClusterer clusterer = new LocalStoryClusterer();

  /** Sentences are the lines of the body. */
  private static ClusterInput input(String id, String published, String title, String body) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (String line : body.split("\n", -1)) {
      sentences.add(
          new Sentence(
              sentences.size(), start, start + line.length(), sentences.size(), SentenceKind.BODY));
      start += line.length() + 1;
    }
    return ClusterInput.analyze(
        new Article(id, "Wire", body, title, published, null, null), sentences);
  }

  private static List<ClusterInput> corpus() {
    return List.of(
        input(
            "ap-1",
            "2026-03-02T09:00:00Z",
            "Ferry sinks off Port Lomar, 41 missing",
            "A passenger ferry carrying 212 people sank off Port Lomar early on Monday.\n"
                + "Coast guard boats pulled 171 survivors from the water, and 41 people were missing.\n"
                + "The Santa Irene ferry had left the harbour in heavy seas."),
        input(
            "reuters-1",
            "2026-03-02T11:30:00+01:00",
            "Dozens missing after ferry sinking near Port Lomar",
            "At least 41 people were missing after the Santa Irene ferry sank near Port Lomar.\n"
                + "Rescuers said 171 of the 212 passengers and crew had been saved by the coast guard.\n"
                + "Heavy seas hampered the search, officials said."),
        input(
            "local-1",
            "2026-03-03",
            null,
            "Families waited at the Port Lomar harbour for news of the 41 missing passengers.\n"
                + "The Santa Irene ferry went down on Monday with 212 people on board.\n"
                + "The coast guard said the search would continue overnight."),
        input(
            "ap-2",
            "2026-04-20",
            "Ferry capsizes in river, 9 dead",
            "A river ferry capsized near Vellbrook on Sunday and 9 people drowned.\n"
                + "The ferry was overloaded with market traders, police said.\n"
                + "Divers recovered the bodies before dusk."),
        input(
            "afp-7",
            "2026-03-02",
            "Parliament passes budget",
            "Parliament in Dresvia passed the 2027 budget by 215 votes to 180 on Monday.\n"
                + "The finance minister Anna Kroll said spending on schools would rise.\n"
                + "Opposition deputies walked out before the vote."));
  }

  @Test
  void versionsOfOneStoryShareAStoryIdAndOthersStandAlone() {
    Map<String, String> ids = clusterer.storyIds(corpus());

    assertThat(ids).hasSize(5);
    assertThat(ids.get("reuters-1")).isEqualTo(ids.get("ap-1")).isEqualTo(ids.get("local-1"));
    assertThat(ids.get("ap-1")).isEqualTo(StoryIds.of(List.of("ap-1", "local-1", "reuters-1")));
    assertThat(ids.get("ap-2"))
        .isNotEqualTo(ids.get("ap-1"))
        .isEqualTo(StoryIds.of(List.of("ap-2")));
    assertThat(ids.get("afp-7")).isNotIn(ids.get("ap-1"), ids.get("ap-2"));
  }

  @Test
  void sameWordsSevenWeeksApartAreDifferentStories() {
    ClusterInput early = corpus().get(0);
    ClusterInput late =
        input("later-1", "2026-04-22", early.article().title(), early.article().body());

    Map<String, String> ids = clusterer.storyIds(List.of(early, late, corpus().get(1)));

    assertThat(ids.get("later-1")).isNotEqualTo(ids.get("ap-1"));
    assertThat(ids.get("reuters-1")).isEqualTo(ids.get("ap-1"));
  }

  @Test
  void shuffledInputGivesIdenticalStoryIds() {
    Map<String, String> expected = clusterer.storyIds(corpus());
    Random random = new Random(7);
    for (int round = 0; round < 10; round++) {
      List<ClusterInput> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, random);
      assertThat(clusterer.storyIds(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void reportsPairsComparedFarBelowAllPairs() {
    ClusteringRun run = clusterer.run(corpus());

    assertThat(run.candidatePairs()).isBetween(3L, 10L);
    assertThat(run.edges()).isBetween(2L, run.candidatePairs());
  }

  /**
   * A~B and B~C are both edges, A and C share nothing: single link (connected components) would put
   * all three in one story; average link keeps C out because {A, B} and C are not alike on average.
   */
  @Test
  void aBridgeArticleDoesNotChainTwoUnrelatedStories() {
    String ferry =
        "The Santa Irene ferry sank off Port Lomar with 212 passengers aboard.\n"
            + "Coast guard boats from Port Lomar rescued 171 survivors of the Santa Irene ferry.\n"
            + "Divers searched the wreck of the Santa Irene ferry for 41 missing passengers.";
    String roundup =
        "The Santa Irene ferry sank off Port Lomar with 212 passengers aboard.\n"
            + "Coast guard boats from Port Lomar rescued 171 survivors of the Santa Irene ferry.\n"
            + "In Dresvia, parliament passed the 2027 budget by 215 votes to 180 as Anna Kroll looked on.";
    String budget =
        "Parliament in Dresvia passed the 2027 budget by 215 votes to 180.\n"
            + "Finance minister Anna Kroll said the Dresvia budget raises school spending.\n"
            + "Opposition deputies in Dresvia walked out before the budget vote.";
    List<ClusterInput> inputs =
        List.of(
            input("a", null, null, ferry),
            input("b", null, null, roundup),
            input("c", null, null, budget));

    // Enough blocking keys that the roundup's minor (budget) terms also pair it with C.
    ClusterSettings d = ClusterSettings.defaults();
    ClusteringRun run =
        new LocalStoryClusterer(
                new ClusterSettings(
                    d.threshold(),
                    d.maxTerms(),
                    32,
                    d.maxDfFraction(),
                    d.maxBlockSize(),
                    d.maxDateGapDays()))
            .run(inputs);

    assertThat(run.edges()).as("A~B and B~C are edges, A~C is not").isEqualTo(2);
    assertThat(
            UnionFind.components(List.of(new String[] {"a", "b"}, new String[] {"b", "c"}))
                .values())
        .as("connected components would chain them")
        .containsOnly("a");
    assertThat(run.storyIds().get("b")).isEqualTo(run.storyIds().get("a"));
    assertThat(run.storyIds().get("c")).isNotEqualTo(run.storyIds().get("a"));
  }

  @Test
  void rejectsDuplicateArticleIds() {
    ClusterInput a = corpus().get(0);
    assertThatThrownBy(() -> clusterer.storyIds(List.of(a, a)))
        .hasMessageContaining("duplicate article id ap-1");
  }

  @Test
  void emptyInputGivesNoStories() {
    assertThat(clusterer.storyIds(List.of())).isEmpty();
  }

  @Test
  void settingsSayHowToFixABadValue() {
    assertThatThrownBy(() -> new ClusterSettings(0, 128, 8, 0.05, 2000, 7))
        .hasMessage("threshold must be in (0,1], e.g. 0.25, got 0.0");
    assertThatThrownBy(() -> new ClusterSettings(0.25, 0, 8, 0.05, 2000, 7))
        .hasMessageContaining("maxTerms must be ≥ 1");
    assertThatThrownBy(() -> new ClusterSettings(0.25, 128, 8, 1.5, 2000, 7))
        .hasMessageContaining("maxDfFraction must be in (0,1]");
    assertThatThrownBy(() -> new ClusterSettings(0.25, 128, 8, 0.05, 1, 7))
        .hasMessageContaining("maxBlockSize must be ≥ 2");
    assertThatThrownBy(() -> new ClusterSettings(0.25, 128, 8, 0.05, 2000, 1))
        .hasMessageContaining("maxDateGapDays must be ≥ 2");
  }
}
