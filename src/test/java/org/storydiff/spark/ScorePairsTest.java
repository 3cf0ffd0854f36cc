package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed pair keys: lossless, and spread over hash codes (Spark partitions by them). */
class ScorePairsTest {

  @Test
  void aPairPacksAndUnpacksToTheSameNumbers() {
    long[][] pairs = {
      {0, 1}, {7, 8}, {12_345, 999_999}, {(1L << 31) - 2, (1L << 31) - 1}, {0, (1L << 31) - 1}
    };
    for (long[] p : pairs) {
      long packed = ScorePairs.pair(p[0], p[1]);
      assertThat(ScorePairs.first(packed)).isEqualTo(p[0]);
      assertThat(ScorePairs.second(packed)).isEqualTo(p[1]);
    }
  }

  @Test
  void pairsOfNearbyArticlesGetDistinctHashCodes() {
    // Versions of one story get nearby numbers; plain (smaller << 32 | larger) packing gave these
    // 40,000 pairs 655 distinct Long hash codes.
    Set<Integer> hashes = new HashSet<>();
    int pairs = 0;
    for (long a = 1_000; a < 1_200; a++) {
      for (long b = a + 1; b <= a + 200; b++) {
        hashes.add(Long.hashCode(ScorePairs.pair(a, b)));
        pairs++;
      }
    }
    assertThat(hashes.size()).isGreaterThan(pairs * 99 / 100);
  }
}
