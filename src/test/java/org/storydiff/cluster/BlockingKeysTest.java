package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  private final TermVector vector =
      TermVector.of(
          Map.of("e:port lomar", 5.0, "ferry", 4.0, "police", 3.0, "sank", 2.0, "crew", 1.0));
  private final DocumentFrequencies df =
      dfs(Map.of("ferry", 12, "police", 5_000, "sank", 40, "crew", 30));

  private static DocumentFrequencies dfs(Map<String, Integer> df) {
    Map<Long, Integer> byId = new HashMap<>();
    df.forEach((t, c) -> byId.put(TermHash.of(t), c));
    return DocumentFrequencies.of(10_000, byId);
  }

  private static long[] ids(String... terms) {
    return java.util.Arrays.stream(terms).mapToLong(TermHash::of).toArray();
  }

  @Test
  void takesTheHeaviestTermsWhoseDfIsBetweenTwoAndMax() {
    // "e:port lomar" is in one document only; "police" makes a block too big.
    assertThat(BlockingKeys.select(vector, df, 2, 100)).containsExactly(ids("ferry", "sank"));
  }

  @Test
  void returnsFewerKeysWhenFewQualify() {
    assertThat(BlockingKeys.select(vector, df, 10, 100))
        .containsExactly(ids("ferry", "sank", "crew"));
    assertThat(BlockingKeys.select(vector, df, 10, 1)).isEmpty();
  }

  @Test
  void candidatePairsAreDistinctAndSkipOversizedBlocks() {
    List<ClusterItem> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(new ClusterItem("a" + i, TermVector.empty(), null));
    }
    List<long[]> keys =
        List.of(ids("ferry", "sank"), ids("ferry", "sank"), ids("big"), ids("big"), ids("big"));

    List<int[]> pairs = CandidatePairs.of(items, keys, 2, 7);

    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0)).containsExactly(0, 1);
  }

  @Test
  void datedArticlesArePairedOnlyInsideTheTimeWindowUndatedOnesWithEveryone() {
    List<Long> days = new ArrayList<>(List.of(100L, 107L, 108L, 130L));
    days.add(null);
    List<String> pairs = new ArrayList<>();
    CandidatePairs.ofBlock(days, 7, (i, j) -> pairs.add(Math.min(i, j) + "-" + Math.max(i, j)));

    // 100~107 (7 days), 107~108; 100~108 is 8 days apart, 130 is alone; 4 is undated.
    assertThat(pairs).containsExactlyInAnyOrder("0-1", "1-2", "0-4", "1-4", "2-4", "3-4");
  }

  @Test
  void maxDfIsTheFractionOfTheCorpusBetweenSmallBlockAndMaxBlockSize() {
    ClusterSettings s = ClusterSettings.defaults();

    assertThat(s.maxDf(10_000)).isEqualTo(500);
    assertThat(s.maxDf(10_000_000)).isEqualTo(500);
    assertThat(s.maxDf(10)).isEqualTo(ClusterSettings.SMALL_BLOCK);
    assertThat(new ClusterSettings(0.25, 128, 8, 0.05, 2, 7).maxDf(10)).isEqualTo(2);
  }
}
