package org.storydiff.cluster;

import java.util.List;
import java.util.TreeSet;

/**
 * All pairwise similarities of a window of items, as {@link ArticleSimilarity#similarity} gives
 * them, but fast: terms are first numbered in sorted order, so each cosine is a merge of int
 * arrays instead of string comparisons, with the same products summed in the same order.
 * Stateless and thread-safe.
 */
final class SimilarityMatrix {

  private SimilarityMatrix() {}

  /** A symmetric n×n matrix with 0 on the diagonal. */
  static float[][] of(List<ClusterItem> items, ArticleSimilarity similarity) {
    int n = items.size();
    int[][] ids = termIds(items);
    float[][] matrix = new float[n][n];
    for (int i = 0; i < n; i++) {
      ClusterItem a = items.get(i);
      for (int j = i + 1; j < n; j++) {
        ClusterItem b = items.get(j);
        double factor = similarity.dateFactor(a.publishedEpochDay(), b.publishedEpochDay());
        if (factor > 0) {
          float s = (float) (factor * cosine(ids[i], a.vector(), ids[j], b.vector()));
          matrix[i][j] = s;
          matrix[j][i] = s;
        }
      }
    }
    return matrix;
  }

  private static int[][] termIds(List<ClusterItem> items) {
    TreeSet<String> all = new TreeSet<>();
    for (ClusterItem item : items) {
      for (int k = 0; k < item.vector().size(); k++) {
        all.add(item.vector().termAt(k));
      }
    }
    String[] sorted = all.toArray(new String[0]);
    int[][] ids = new int[items.size()][];
    for (int i = 0; i < ids.length; i++) {
      TermVector v = items.get(i).vector();
      ids[i] = new int[v.size()];
      for (int k = 0; k < v.size(); k++) {
        ids[i][k] = java.util.Arrays.binarySearch(sorted, v.termAt(k));
      }
    }
    return ids;
  }

  private static double cosine(int[] idsA, TermVector a, int[] idsB, TermVector b) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < idsA.length && j < idsB.length) {
      if (idsA[i] == idsB[j]) {
        dot += (double) a.weightAt(i++) * b.weightAt(j++);
      } else if (idsA[i] < idsB[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }
}
