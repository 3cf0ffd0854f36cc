package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {

  private final ArticleSimilarity similarity = new ArticleSimilarity(7);
  private final TermVector quake = TermVector.of(Map.of("quake", 1.0, "town", 1.0));

  private double similarityAtGap(Long dayA, Long dayB) {
    return similarity.similarity(
        new ClusterItem("a", quake, dayA), new ClusterItem("b", quake, dayB));
  }

  @Test
  void noPenaltyWithinTwoDaysOrWhenADateIsUnknown() {
    assertThat(similarityAtGap(100L, 102L)).isCloseTo(1.0, within(1e-6));
    assertThat(similarityAtGap(null, 500L)).isCloseTo(1.0, within(1e-6));
    assertThat(similarityAtGap(null, null)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void decaysBetweenTwoAndSevenDaysAndIsZeroBeyond() {
    assertThat(similarityAtGap(100L, 103L)).isCloseTo(5.0 / 6, within(1e-6));
    assertThat(similarityAtGap(107L, 100L)).isCloseTo(1.0 / 6, within(1e-6));
    assertThat(similarityAtGap(100L, 108L)).isZero();
    assertThat(similarityAtGap(100L, 103L)).isGreaterThan(similarityAtGap(100L, 105L));
  }

  @Test
  void denseNeighbourhoodsDeflateTheSimilaritySparseOnesDoNot() {
    ClusterItem sparse = new ClusterItem("a", quake, null, 0.1);
    ClusterItem alsoSparse = new ClusterItem("b", quake, null, 0.4);
    ClusterItem dense = new ClusterItem("c", quake, null, 0.9);

    assertThat(similarity.similarity(sparse, alsoSparse)).isCloseTo(1.0, within(1e-6));
    // densities clamp to [0.4, 0.6]: 0.4 / sqrt(0.4 * 0.6) and 0.4 / 0.6
    assertThat(similarity.similarity(sparse, dense)).isCloseTo(0.4 / Math.sqrt(0.24), within(1e-6));
    assertThat(similarity.similarity(dense, dense.withDensity(0.7)))
        .isCloseTo(2.0 / 3, within(1e-6));
    assertThat(similarity.raw(dense, dense)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void densityIsTheThirdBestSimilarityWhateverTheOrder() {
    LocalDensity.Top top = new LocalDensity.Top();
    top.add(0.2).add(0.9).add(0.5);
    assertThat(top.density()).isEqualTo(0.2);
    top.add(0.7).add(0.1);
    assertThat(top.density()).isEqualTo(0.5);
    LocalDensity.Top other = new LocalDensity.Top().add(0.8);
    assertThat(other.density()).isZero();
    assertThat(other.merge(new LocalDensity.Top().add(0.6).add(0.3)).density()).isEqualTo(0.3);
  }
}
