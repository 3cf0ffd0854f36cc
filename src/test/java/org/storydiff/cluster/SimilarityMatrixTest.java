package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityMatrixTest {

  @Test
  void matchesArticleSimilarityForEveryPairIncludingDatePenaltyAndDensity() {
    ArticleSimilarity similarity = new ArticleSimilarity(7);
    List<ClusterItem> items =
        List.of(
            item("a", 10L, 0.5, Map.of("quake", 2.0, "town", 1.0, "e:port lomar", 1.0)),
            item("b", 14L, 0.4, Map.of("quake", 1.0, "rescue", 3.0, "e:port lomar", 1.0)),
            item("c", null, 0.6, Map.of("town", 1.0, "rescue", 1.0, "zeta", 5.0)),
            item("d", 30L, 0.4, Map.of("quake", 1.0, "town", 1.0)));

    float[][] matrix = SimilarityMatrix.of(items, similarity);

    for (int i = 0; i < items.size(); i++) {
      assertThat(matrix[i][i]).isZero();
      for (int j = 0; j < items.size(); j++) {
        if (i != j) {
          assertThat(matrix[i][j])
              .isEqualTo((float) similarity.similarity(items.get(i), items.get(j)));
        }
      }
    }
    assertThat(matrix[0][1]).isGreaterThan(0f);
    assertThat(matrix[0][3]).isZero();
  }

  private static ClusterItem item(
      String id, Long day, double density, Map<String, Double> weights) {
    return new ClusterItem(id, TermVector.of(weights), day, density);
  }
}
