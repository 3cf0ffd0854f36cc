package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryCentroidTest {

  private static final TermVector A1 =
      TermVector.of(Map.of("wildfire", 3.0, "e:tarnholt", 2.0, "ridge", 1.0));
  private static final TermVector A2 =
      TermVector.of(Map.of("wildfire", 2.0, "e:tarnholt", 2.0, "evacuated", 1.5));
  private static final TermVector B1 =
      TermVector.of(Map.of("wildfire", 1.0, "e:tarnholt", 1.0, "inquiry", 2.0));
  private static final TermVector B2 = TermVector.of(Map.of("inquiry", 1.0, "panel", 2.0));

  @Test
  void dotOfMeansIsTheAverageCosineOverAllPairsOfArticles() {
    double averageLink = (A1.cosine(B1) + A1.cosine(B2) + A2.cosine(B1) + A2.cosine(B2)) / 4;

    double dot = StoryCentroid.mean(List.of(A1, A2)).dot(StoryCentroid.mean(List.of(B1, B2)));

    assertThat(dot).isCloseTo(averageLink, within(1e-6)).isGreaterThan(0);
  }

  @Test
  void mergingWeighsEachSideByItsArticles() {
    StoryCentroid merged =
        StoryCentroid.merge(
            StoryCentroid.mean(List.of(A1)), 1, StoryCentroid.mean(List.of(A2, B1)), 2);
    StoryCentroid all = StoryCentroid.mean(List.of(A1, A2, B1));

    assertThat(merged.size()).isEqualTo(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(merged.termAt(i)).isEqualTo(all.termAt(i));
      assertThat(merged.weightAt(i)).isCloseTo(all.weightAt(i), within(1e-6f));
    }
  }

  @Test
  void keepsOnlyTheHeaviestTerms() {
    Map<String, Double> many = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      many.put("term" + i, 1.0 + i);
    }
    StoryCentroid centroid = StoryCentroid.mean(List.of(TermVector.of(many)));

    assertThat(centroid.size()).isEqualTo(StoryCentroid.MAX_TERMS);
    assertThat(centroid.termsByWeight()[0]).isEqualTo(TermHash.of("term299"));
    assertThat(centroid.termsByWeight())
        .doesNotContain(TermHash.of("term0"), TermHash.of("term43"));
  }

  @Test
  void storedArraysRoundTripAndBadOnesAreRejected() {
    StoryCentroid centroid = StoryCentroid.mean(List.of(A1, A2));
    long[] terms = new long[centroid.size()];
    float[] weights = new float[centroid.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = centroid.termAt(i);
      weights[i] = centroid.weightAt(i);
    }

    assertThat(StoryCentroid.of(terms, weights)).isEqualTo(centroid);
    assertThatThrownBy(() -> StoryCentroid.of(new long[] {2, 1}, new float[] {1, 1}))
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> StoryCentroid.of(new long[] {1}, new float[] {Float.NaN}))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> StoryCentroid.of(new long[] {1, 2}, new float[] {1}))
        .hasMessageContaining("one weight per term");
  }
}
