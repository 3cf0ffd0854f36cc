package org.storydiff.cluster;

import java.util.List;

/** All pairwise similarities of a window of items. Stateless and thread-safe. */
final class SimilarityMatrix {

  private SimilarityMatrix() {}

  /** A symmetric n×n matrix of {@link ArticleSimilarity#similarity} with 0 on the diagonal. */
  static float[][] of(List<ClusterItem> items, ArticleSimilarity similarity) {
    int n = items.size();
    float[][] matrix = new float[n][n];
    for (int i = 0; i < n; i++) {
      ClusterItem a = items.get(i);
      for (int j = i + 1; j < n; j++) {
        float s = (float) similarity.similarity(a, items.get(j));
        matrix[i][j] = s;
        matrix[j][i] = s;
      }
    }
    return matrix;
  }
}
