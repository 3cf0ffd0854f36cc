package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {

  private final ArticleSimilarity similarity = new ArticleSimilarity(7);
  private final TermVector quake = TermVector.weigh(Map.of("quake", 1.0, "town", 1.0), t -> 1.0, 10);

  private double similarityAtGap(Long dayA, Long dayB) {
    return similarity.similarity(new ClusterItem("a", quake, dayA), new ClusterItem("b", quake, dayB));
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
}
