package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index sort gives the order of a stable sort of boxed indexes, ties included. */
class IndexSortTest {

  @Test
  void sameOrderAsSortingBoxedIndexes() {
    Random random = new Random(7);
    for (int n = 0; n < 300; n += 1 + n / 10) {
      for (int round = 0; round < 20; round++) {
        // Few distinct keys, so most comparisons are ties that only stability orders.
        long[] keys = random.longs(n, 0, 1 + round % 5).toArray();
        double[] weights = random.doubles(n).map(d -> Math.floor(d * 4)).toArray();
        IndexSort.IndexComparator order =
            (x, y) -> {
              int c = Double.compare(weights[y], weights[x]);
              return c != 0 ? c : Long.compare(keys[x], keys[y]);
            };
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, (Comparator<Integer>) order::compare);

        assertThat(IndexSort.sorted(n, order))
            .as("n=%d round=%d", n, round)
            .containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
      }
    }
  }

  @Test
  void sortsAGivenSubsetInPlace() {
    long[] keys = {5, 1, 5, 3, 1};
    int[] subset = {4, 2, 0, 1};

    IndexSort.sort(subset, (x, y) -> Long.compare(keys[x], keys[y]));

    assertThat(subset).containsExactly(4, 1, 2, 0);
  }
}
