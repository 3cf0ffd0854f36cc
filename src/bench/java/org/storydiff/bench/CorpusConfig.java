package org.storydiff.bench;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What synthetic corpus to generate. The same config always gives the same corpus, byte for byte.
 *
 * @param seed any value; different seeds give unrelated corpora
 * @param articles how many articles in total, ≥ 1
 * @param singletonShare the share of articles that are the only version of their story, [0, 1]
 * @param maxVersions the most versions (agencies) one story can have, in [2, 16]
 * @param days the stories' event days spread uniformly over this many days from {@code start}, ≥ 1
 * @param sequelShare the share of multi-version stories that continue an earlier story days later
 *     (same place, people and kind, new figures: only the dates tell them apart), [0, 1]
 * @param start the first event day
 * @param pickupShare the share of later versions (not a story's first) that are pickups: an outlet
 *     running an earlier version's text, trimmed and lightly edited, sometimes with a credit line;
 *     a pickup may take another pickup. [0, 1); 0 (the default) leaves the corpus as it was before
 *     pickups existed, byte for byte
 */
public record CorpusConfig(
    long seed,
    long articles,
    double singletonShare,
    int maxVersions,
    int days,
    double sequelShare,
    LocalDate start,
    double pickupShare)
    implements Serializable {

  public static final double SINGLETON_SHARE_DEFAULT = 0.2;
  public static final int MAX_VERSIONS_DEFAULT = 8;
  public static final double SEQUEL_SHARE_DEFAULT = 0.1;
  public static final LocalDate START_DEFAULT = LocalDate.of(2026, 3, 2);
  public static final double PICKUP_SHARE_DEFAULT = 0;

  public CorpusConfig {
    require(articles >= 1, "articles must be ≥ 1, e.g. 10000, got " + articles);
    require(
        singletonShare >= 0 && singletonShare <= 1,
        "singletonShare must be in [0,1], e.g. 0.2, got " + singletonShare);
    require(
        maxVersions >= 2 && maxVersions <= Names.agencyCount(),
        "maxVersions must be in [2," + Names.agencyCount() + "], e.g. 8, got " + maxVersions);
    require(days >= 1, "days must be ≥ 1, e.g. 14, got " + days);
    require(
        sequelShare >= 0 && sequelShare <= 1,
        "sequelShare must be in [0,1], e.g. 0.1, got " + sequelShare);
    java.util.Objects.requireNonNull(start, "start");
    require(
        pickupShare >= 0 && pickupShare < 1,
        "pickupShare must be in [0,1), e.g. 0.25, got " + pickupShare);
  }

  /**
   * Defaults for {@code articles}: a fifth singletons, up to 8 versions, a tenth sequels, and about
   * 20,000 articles a day (a busy day of wire traffic) over at least two weeks.
   */
  public static CorpusConfig of(long seed, long articles) {
    int days = (int) Math.max(14, (articles + 19_999) / 20_000);
    return new CorpusConfig(
        seed,
        articles,
        SINGLETON_SHARE_DEFAULT,
        MAX_VERSIONS_DEFAULT,
        days,
        SEQUEL_SHARE_DEFAULT,
        START_DEFAULT,
        PICKUP_SHARE_DEFAULT);
  }

  /** This config with {@code share} of later versions written as pickups. */
  public CorpusConfig withPickupShare(double share) {
    return new CorpusConfig(
        seed, articles, singletonShare, maxVersions, days, sequelShare, start, share);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
