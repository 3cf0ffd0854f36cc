package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs from blocking keys: two articles are compared only when they share a key, and,
 * when both have a publication day, only when those days are at most {@code maxDateGapDays} apart
 * (a time window: such pairs could never match, see {@link ArticleSimilarity}). Blocks larger than
 * {@code maxBlockSize} are skipped, so the work stays bounded whatever the keys. Stateless and
 * thread-safe.
 */
public final class CandidatePairs {

  /** Receives the pairs of a block, each as two member positions. */
  public interface Sink {
    void pair(int i, int j);
  }

  private CandidatePairs() {}

  /**
   * The pairs of one block, each once: every undated member with every other member, and dated
   * members with those at most {@code maxDateGapDays} days apart. Runs in time linear in the block
   * plus the pairs it yields.
   *
   * @param days the members' publication days (null when unknown), by position
   */
  public static void ofBlock(List<Long> days, int maxDateGapDays, Sink sink) {
    int n = days.size();
    Integer[] dated =
        java.util.stream.IntStream.range(0, n)
            .filter(i -> days.get(i) != null)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(dated, Comparator.comparing((Integer i) -> days.get(i)).thenComparing(i -> i));
    for (int x = 0; x < dated.length; x++) {
      for (int y = x + 1;
          y < dated.length && days.get(dated[y]) - days.get(dated[x]) <= maxDateGapDays;
          y++) {
        sink.pair(dated[x], dated[y]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (days.get(i) == null) {
        for (int j = 0; j < n; j++) {
          if (j != i && (days.get(j) != null || j > i)) {
            sink.pair(i, j);
          }
        }
      }
    }
  }

  /**
   * All candidate pairs of a corpus.
   *
   * @param items the articles, by index
   * @param keys the blocking keys of item i at index i; the pairs of a key {@link
   *     BlockingKeys#isAcrossLanguages} are those of two languages only
   * @return the distinct pairs {@code {i, j}} with i < j, sorted
   */
  public static List<int[]> of(
      List<ClusterItem> items, List<long[]> keys, int maxBlockSize, int maxDateGapDays) {
    Map<Long, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (long key : keys.get(i)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    long[] codes = new long[16];
    int count = 0;
    for (Map.Entry<Long, List<Integer>> entry : blocks.entrySet()) {
      List<Integer> block = entry.getValue();
      if (block.size() > maxBlockSize) {
        continue;
      }
      boolean acrossLanguages = BlockingKeys.isAcrossLanguages(entry.getKey());
      List<Long> days = block.stream().map(i -> items.get(i).publishedEpochDay()).toList();
      long[][] holder = {codes};
      int[] counter = {count};
      ofBlock(
          days,
          maxDateGapDays,
          (x, y) -> {
            if (acrossLanguages
                && !items.get(block.get(x)).isOtherLanguage(items.get(block.get(y)))) {
              return;
            }
            if (counter[0] == holder[0].length) {
              holder[0] = Arrays.copyOf(holder[0], counter[0] * 2);
            }
            int i = Math.min(block.get(x), block.get(y));
            int j = Math.max(block.get(x), block.get(y));
            holder[0][counter[0]++] = ((long) i << 32) | j;
          });
      codes = holder[0];
      count = counter[0];
    }
    long[] distinct = Arrays.stream(codes, 0, count).sorted().distinct().toArray();
    List<int[]> pairs = new ArrayList<>(distinct.length);
    for (long code : distinct) {
      pairs.add(new int[] {(int) (code >>> 32), (int) code});
    }
    return pairs;
  }
}
