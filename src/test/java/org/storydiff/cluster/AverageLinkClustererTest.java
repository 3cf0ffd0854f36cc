package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkClustererTest {

  private final AverageLinkClusterer clusterer = new AverageLinkClusterer(new ArticleSimilarity(7));

  private static ClusterItem item(String id, Long day, String... terms) {
    Map<String, Double> tf = new HashMap<>();
    for (String t : terms) {
      tf.merge(t, 1.0, Double::sum);
    }
    return new ClusterItem(id, TermVector.of(tf), day);
  }

  @Test
  void doesNotChainThroughABridgeArticle() {
    // a~b and b~c (cosine 0.71 each) but a and c share nothing: average({a,b},c) = 0.35.
    List<ClusterItem> items =
        List.of(
            item("a", null, "quake"), item("b", null, "quake", "ferry"), item("c", null, "ferry"));

    assertThat(clusterer.cluster(items, 0.5)).containsExactly(List.of("a", "b"), List.of("c"));
    // Single link (connected components over the same edges) would have chained all three.
    assertThat(
            UnionFind.components(List.of(new String[] {"a", "b"}, new String[] {"b", "c"}))
                .values())
        .containsOnly("a");
  }

  @Test
  void mergesWhenTheAverageStaysAboveTheThreshold() {
    List<ClusterItem> items =
        List.of(
            item("a", null, "quake", "town", "rescue"),
            item("b", null, "quake", "town", "toll"),
            item("c", null, "quake", "rescue", "toll"),
            item("d", null, "election", "vote"));

    assertThat(clusterer.cluster(items, 0.5)).containsExactly(List.of("a", "b", "c"), List.of("d"));
  }

  @Test
  void shuffledInputGivesIdenticalOutput() {
    List<ClusterItem> items = new ArrayList<>();
    String[][] docs = {
      {"quake", "town"}, {"quake", "town", "toll"}, {"ferry", "sank"}, {"ferry", "sank", "crew"},
      {"quake", "ferry"}, {"vote"}, {"vote", "poll"}, {"crew", "toll"}
    };
    for (int i = 0; i < docs.length; i++) {
      items.add(item("id" + i, null, docs[i]));
    }
    List<List<String>> expected = clusterer.cluster(items, 0.4);
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      List<ClusterItem> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, random);
      assertThat(clusterer.cluster(shuffled, 0.4)).isEqualTo(expected);
    }
    assertThat(expected).allSatisfy(c -> assertThat(c).isSorted());
    assertThat(expected.stream().map(c -> c.get(0)).toList()).isSorted();
  }

  @Test
  void equalSimilaritiesMergeTheSmallestIdsFirst() {
    // b is equally close to a and c; a and c are unrelated, so whoever b joins first keeps it.
    List<ClusterItem> items =
        List.of(
            item("c", null, "ferry"), item("b", null, "quake", "ferry"), item("a", null, "quake"));

    assertThat(clusterer.cluster(items, 0.5)).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void largeComponentsAreClusteredInDateOrderedWindows() {
    AverageLinkClusterer small = new AverageLinkClusterer(new ArticleSimilarity(7), 2);
    List<ClusterItem> items =
        List.of(
            item("w", 100L, "quake"),
            item("x", 0L, "quake"),
            item("y", 100L, "quake"),
            item("z", 0L, "quake"));

    assertThat(small.cluster(items, 0.5)).containsExactly(List.of("w", "y"), List.of("x", "z"));
  }

  @Test
  void rejectsDuplicateIdsAndBadThresholds() {
    assertThatThrownBy(
            () -> clusterer.cluster(List.of(item("a", null, "x"), item("a", null, "y")), 0.3))
        .hasMessageContaining("duplicate article id a");
    assertThatThrownBy(() -> clusterer.cluster(List.of(), 0))
        .hasMessageContaining("threshold must be in (0,1]");
  }
}
