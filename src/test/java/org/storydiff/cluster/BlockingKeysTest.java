package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  private final TermVector vector =
      TermVector.weigh(
          Map.of("e:port lomar", 5.0, "ferry", 4.0, "police", 3.0, "sank", 2.0, "crew", 1.0),
          t -> 1.0,
          10);
  private final Map<String, Long> df =
      Map.of("e:port lomar", 1L, "ferry", 12L, "police", 5_000L, "sank", 40L, "crew", 30L);

  @Test
  void takesTheHeaviestTermsWhoseDfIsBetweenTwoAndMax() {
    List<String> keys = BlockingKeys.select(vector, df::get, 2, 100);

    // "e:port lomar" is in one document only; "police" makes a block too big.
    assertThat(keys).containsExactly("ferry", "sank");
  }

  @Test
  void returnsFewerKeysWhenFewQualify() {
    assertThat(BlockingKeys.select(vector, df::get, 10, 100)).containsExactly("ferry", "sank", "crew");
    assertThat(BlockingKeys.select(vector, df::get, 10, 1)).isEmpty();
  }

  @Test
  void candidatePairsAreDistinctAndSkipOversizedBlocks() {
    List<List<String>> keys = List.of(List.of("ferry", "sank"), List.of("ferry", "sank"), List.of("big"), List.of("big"), List.of("big"));

    List<int[]> pairs = CandidatePairs.of(keys, 2);

    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0)).containsExactly(0, 1);
  }

  @Test
  void maxDfIsTheFractionOfTheCorpusBetweenSmallBlockAndMaxBlockSize() {
    ClusterSettings s = ClusterSettings.defaults();

    assertThat(s.maxDf(10_000)).isEqualTo(500);
    assertThat(s.maxDf(10_000_000)).isEqualTo(2_000);
    assertThat(s.maxDf(10)).isEqualTo(ClusterSettings.SMALL_BLOCK);
    assertThat(new ClusterSettings(0.25, 128, 8, 0.05, 2, 7).maxDf(10)).isEqualTo(2);
  }
}
