package org.storydiff.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The two counting rules of the contract, in one place. */
final class Consensus {

  private Consensus() {}

  /**
   * "Most other versions carry it": more than half of the versions other than the one that lacks
   * it. In a two-version story the single other version is "most".
   */
  static boolean mostOthersCarry(int carriers, int versionCount) {
    return carriers * 2 > versionCount - 1;
  }

  /**
   * Versions whose reading differs from the story's consensus: every version outside the unique
   * most common reading, or every version when no reading is most common (a tie such as 2 vs 2 or a
   * two-version disagreement). Versions that agree with the majority get no finding; the outliers
   * do, which is what an editor scanning for the divergent agency wants.
   */
  static <R> Set<Integer> dissenters(Map<Integer, R> readingByVersion) {
    Map<R, Integer> counts = new HashMap<>();
    readingByVersion.values().forEach(r -> counts.merge(r, 1, Integer::sum));
    if (counts.size() < 2) {
      return Set.of();
    }
    int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    long winners = counts.values().stream().filter(c -> c == best).count();
    Set<Integer> out = new TreeSet<>();
    readingByVersion.forEach(
        (version, reading) -> {
          if (winners > 1 || counts.get(reading) != best) {
            out.add(version);
          }
        });
    return out;
  }
}
