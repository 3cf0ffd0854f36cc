package org.storydiff.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How many versions each story has, drawn once from the seed: the articles of story s are numbered
 * {@code first(s) .. first(s) + versions(s) - 1}. Multi-version stories have k versions with
 * probability proportional to k^-1.5 (about 3.6 on average with up to 8: most stories reach a few
 * agencies, some many). Immutable and thread-safe.
 */
public final class StoryPlan implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] versions;
  private final long[] first;

  private StoryPlan(int[] versions) {
    this.versions = versions;
    this.first = new long[versions.length + 1];
    for (int s = 0; s < versions.length; s++) {
      first[s + 1] = first[s] + versions[s];
    }
  }

  public static StoryPlan of(CorpusConfig config) {
    double[] cumulative = cumulativeWeights(config.maxVersions());
    double mean = meanVersions(config.maxVersions());
    double q = config.singletonShare();
    // A story is a singleton with probability p such that singletons make up a share q of articles.
    double p = q >= 1 ? 1 : q * mean / (1 - q + q * mean);
    SplittableRandom rng = Seeds.random(config.seed(), 0);
    int[] counts = new int[16];
    int stories = 0;
    long total = 0;
    while (total < config.articles()) {
      int k = rng.nextDouble() < p ? 1 : draw(rng, cumulative);
      k = (int) Math.min(k, config.articles() - total);
      if (stories == counts.length) {
        counts = Arrays.copyOf(counts, stories * 2);
      }
      counts[stories++] = k;
      total += k;
    }
    return new StoryPlan(Arrays.copyOf(counts, stories));
  }

  public int stories() {
    return versions.length;
  }

  public int versions(int story) {
    return versions[story];
  }

  /** The number of the story's first article. */
  public long first(int story) {
    return first[story];
  }

  public long articles() {
    return first[versions.length];
  }

  private static double[] cumulativeWeights(int max) {
    double[] c = new double[max - 1];
    double sum = 0;
    for (int k = 2; k <= max; k++) {
      sum += Math.pow(k, -1.5);
      c[k - 2] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static double meanVersions(int max) {
    double weights = 0;
    double weighted = 0;
    for (int k = 2; k <= max; k++) {
      weights += Math.pow(k, -1.5);
      weighted += k * Math.pow(k, -1.5);
    }
    return weighted / weights;
  }

  private static int draw(SplittableRandom rng, double[] cumulative) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i + 2;
      }
    }
    return cumulative.length + 1;
  }
}
