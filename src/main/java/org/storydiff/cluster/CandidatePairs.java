package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidate pairs from blocking keys: two items are compared only when they share a key. Blocks
 * larger than {@code maxBlockSize} are skipped, so the work stays bounded whatever the keys.
 * Stateless and thread-safe.
 */
public final class CandidatePairs {

  private CandidatePairs() {}

  /**
   * @param keysPerItem the blocking keys of item i at index i
   * @param maxBlockSize blocks with more items than this yield no pairs
   * @return the distinct pairs {@code {i, j}} with i < j, sorted
   */
  public static List<int[]> of(List<List<String>> keysPerItem, int maxBlockSize) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < keysPerItem.size(); i++) {
      for (String key : keysPerItem.get(i)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    long[] codes = pairCodes(blocks, keysPerItem.size(), maxBlockSize);
    List<int[]> pairs = new ArrayList<>(codes.length);
    for (long code : codes) {
      pairs.add(new int[] {(int) (code >>> 32), (int) code});
    }
    return pairs;
  }

  private static long[] pairCodes(Map<String, List<Integer>> blocks, int n, int maxBlockSize) {
    long[] codes = new long[16];
    int count = 0;
    for (List<Integer> block : blocks.values()) {
      if (block.size() > maxBlockSize) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          if (count == codes.length) {
            codes = Arrays.copyOf(codes, count * 2);
          }
          int i = Math.min(block.get(x), block.get(y));
          int j = Math.max(block.get(x), block.get(y));
          codes[count++] = ((long) i << 32) | j;
        }
      }
    }
    return Arrays.stream(codes, 0, count).sorted().distinct().toArray();
  }
}
