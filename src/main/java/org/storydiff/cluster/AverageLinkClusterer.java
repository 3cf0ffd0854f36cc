package org.storydiff.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Agglomerative average-link clustering of one connected component. Repeatedly merges the two
 * clusters with the highest average pairwise similarity while that average is ≥ the threshold.
 * Unlike connected components (single link), this does not chain: A~B and B~C do not put A with C
 * unless the average over all their pairs stays above the threshold.
 *
 * <p>Deterministic: items are sorted by id, equal averages merge the pair with the smallest article
 * ids first, each output cluster is sorted and clusters are sorted by their first id.
 *
 * <p>Cost is O(n²) memory (a float matrix) and about O(n² log n) time, so components above {@code
 * maxComponentSize} items are cut into windows of that size, in order of publication day (unknown
 * last), then heaviest term, then id, and each window is clustered on its own. A story that
 * straddles a window edge is then split; that only happens for huge components, which mean the
 * blocking was too loose. Immutable and thread-safe.
 */
public final class AverageLinkClusterer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 3,000 items make a 36 MB matrix and cluster in 2 to 4 seconds on one core. */
  public static final int DEFAULT_MAX_COMPONENT_SIZE = 3_000;

  private static final Comparator<ClusterItem> WINDOW_ORDER =
      Comparator.comparing(
              ClusterItem::publishedEpochDay, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(
              i -> i.vector().size() == 0 ? Long.MIN_VALUE : i.vector().topTerms(1)[0])
          .thenComparing(ClusterItem::articleId);

  private final ArticleSimilarity similarity;
  private final int maxComponentSize;

  public AverageLinkClusterer(ArticleSimilarity similarity) {
    this(similarity, DEFAULT_MAX_COMPONENT_SIZE);
  }

  public AverageLinkClusterer(ArticleSimilarity similarity, int maxComponentSize) {
    if (maxComponentSize < 2) {
      throw new IllegalArgumentException(
          "maxComponentSize must be ≥ 2, e.g. "
              + DEFAULT_MAX_COMPONENT_SIZE
              + ", got "
              + maxComponentSize);
    }
    this.similarity = similarity;
    this.maxComponentSize = maxComponentSize;
  }

  /**
   * @param items the articles of one component, unique ids, any order
   * @param threshold the least average similarity at which two clusters merge, in (0, 1]
   * @return every item's id exactly once, grouped into sorted clusters sorted by first id
   */
  public List<List<String>> cluster(List<ClusterItem> items, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0,1], e.g. 0.3, got " + threshold);
    }
    List<ClusterItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(ClusterItem::articleId));
    requireUniqueIds(sorted);
    List<List<String>> clusters = new ArrayList<>();
    if (sorted.size() <= maxComponentSize) {
      clusters.addAll(clusterWindow(sorted, threshold));
    } else {
      sorted.sort(WINDOW_ORDER);
      for (int from = 0; from < sorted.size(); from += maxComponentSize) {
        List<ClusterItem> window =
            new ArrayList<>(sorted.subList(from, Math.min(sorted.size(), from + maxComponentSize)));
        window.sort(Comparator.comparing(ClusterItem::articleId));
        clusters.addAll(clusterWindow(window, threshold));
      }
    }
    clusters.sort(Comparator.comparing(c -> c.get(0)));
    return clusters;
  }

  /** Average link over {@code items}, sorted by id. */
  private List<List<String>> clusterWindow(List<ClusterItem> items, double threshold) {
    int n = items.size();
    float[][] sums = SimilarityMatrix.of(items, similarity);
    int[] sizes = new int[n];
    List<List<String>> members = new ArrayList<>(n);
    PriorityQueue<Merge> queue = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      sizes[i] = 1;
      members.add(new ArrayList<>(List.of(items.get(i).articleId())));
      for (int j = i + 1; j < n; j++) {
        if (sums[i][j] >= threshold) {
          queue.add(new Merge(sums[i][j], i, j, 1, 1));
        }
      }
    }
    while (!queue.isEmpty()) {
      Merge m = queue.poll();
      if (sizes[m.a] == m.sizeA && sizes[m.b] == m.sizeB) {
        merge(m.a, m.b, sums, sizes, members);
        queueMergesOf(m.a, sums, sizes, threshold, queue);
      }
    }
    List<List<String>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (sizes[i] > 0) {
        List<String> cluster = members.get(i);
        cluster.sort(null);
        clusters.add(List.copyOf(cluster));
      }
    }
    return clusters;
  }

  /** Folds cluster {@code b} into {@code a} (a < b keeps the smallest id as representative). */
  private static void merge(int a, int b, float[][] sums, int[] sizes, List<List<String>> members) {
    for (int k = 0; k < sizes.length; k++) {
      if (sizes[k] > 0 && k != a && k != b) {
        sums[a][k] += sums[b][k];
        sums[k][a] = sums[a][k];
      }
    }
    sizes[a] += sizes[b];
    sizes[b] = 0;
    members.get(a).addAll(members.get(b));
    members.set(b, null);
  }

  private static void queueMergesOf(
      int a, float[][] sums, int[] sizes, double threshold, PriorityQueue<Merge> queue) {
    for (int k = 0; k < sizes.length; k++) {
      if (sizes[k] > 0 && k != a) {
        double average = sums[a][k] / ((double) sizes[a] * sizes[k]);
        if (average >= threshold) {
          int lo = Math.min(a, k);
          int hi = Math.max(a, k);
          queue.add(new Merge(average, lo, hi, sizes[lo], sizes[hi]));
        }
      }
    }
  }

  private static void requireUniqueIds(List<ClusterItem> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).articleId().equals(sorted.get(i - 1).articleId())) {
        throw new IllegalArgumentException("duplicate article id " + sorted.get(i).articleId());
      }
    }
  }

  /**
   * A candidate merge of clusters {@code a < b}, valid while both still have the sizes it was
   * computed with (sizes only grow, and a merged-away cluster has size 0).
   */
  private record Merge(double average, int a, int b, int sizeA, int sizeB)
      implements Comparable<Merge> {

    @Override
    public int compareTo(Merge o) {
      int c = Double.compare(o.average, average);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a, o.a);
      return c != 0 ? c : Integer.compare(b, o.b);
    }
  }
}
