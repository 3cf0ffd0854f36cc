package org.storydiff.bench;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the corpus seed, so any story or version
 * can be generated on its own (in any order, on any machine) and still come out the same.
 */
final class Seeds {

  private Seeds() {}

  /** SplitMix64's finalizer: a well-mixed 64-bit value from a running state. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A value mixing all {@code parts}, order-sensitive. */
  static long mix(long seed, long... parts) {
    long h = mix(seed + 0x9e3779b97f4a7c15L);
    for (long p : parts) {
      h = mix(h ^ (p + 0x9e3779b97f4a7c15L + (h << 6) + (h >>> 2)));
    }
    return h;
  }

  static SplittableRandom random(long seed, long... parts) {
    return new SplittableRandom(mix(seed, parts));
  }
}
