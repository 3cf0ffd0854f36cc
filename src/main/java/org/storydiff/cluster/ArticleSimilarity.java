package org.storydiff.cluster;

import java.io.Serializable;

/**
 * Similarity of two articles in [0, 1]: the cosine of their tf-idf vectors, reduced when both
 * publication days are known and far apart, because the same kind of event (a quake, a shooting)
 * recurs and only the date tells the occurrences apart. No reduction within {@value #GRACE_DAYS}
 * days (time zones, next-day versions); then a linear decay to zero for gaps beyond {@code
 * maxDateGapDays}. The {@link #similarity} clustering uses is further scaled by the two articles'
 * {@link LocalDensity}. Immutable and thread-safe.
 */
public final class ArticleSimilarity implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days apart that cost nothing. */
  public static final int GRACE_DAYS = 2;

  private final int maxDateGapDays;

  /**
   * @param maxDateGapDays articles further apart than this many days never match, ≥ 2
   */
  public ArticleSimilarity(int maxDateGapDays) {
    if (maxDateGapDays < GRACE_DAYS) {
      throw new IllegalArgumentException(
          "maxDateGapDays must be ≥ " + GRACE_DAYS + ", e.g. 7, got " + maxDateGapDays);
    }
    this.maxDateGapDays = maxDateGapDays;
  }

  public int maxDateGapDays() {
    return maxDateGapDays;
  }

  /** The similarity clustering uses: {@link #raw} scaled by both articles' density. */
  public double similarity(ClusterItem a, ClusterItem b) {
    double raw = raw(a, b);
    return raw == 0 ? 0 : raw * LocalDensity.scale(a.density(), b.density());
  }

  /**
   * Date factor times cosine, before density scaling. Articles in two languages share names,
   * numbers and dates but hardly any words, so their cosine is taken over those terms alone ({@link
   * TermVector#acrossLanguagesCosine}).
   */
  public double raw(ClusterItem a, ClusterItem b) {
    return raw(
        a.publishedEpochDay(), b.publishedEpochDay(), a.isOtherLanguage(b), a.vector(), b.vector());
  }

  /**
   * {@link #raw(ClusterItem, ClusterItem)} of the two articles, from what scoring keeps of them.
   */
  public double raw(ScoringItem a, ScoringItem b) {
    return raw(
        a.publishedEpochDay(), b.publishedEpochDay(), a.isOtherLanguage(b), a.vector(), b.vector());
  }

  private <V extends ArticleVector<V>> double raw(
      Long dayA, Long dayB, boolean otherLanguages, V a, V b) {
    double factor = dateFactor(dayA, dayB);
    if (factor == 0) {
      return 0;
    }
    return factor * (otherLanguages ? a.acrossLanguagesCosine(b) : a.cosine(b));
  }

  /**
   * 1 when a date is unknown or the gap is ≤ {@value #GRACE_DAYS} days, 0 beyond {@code
   * maxDateGapDays}, linear in between (with 2 and 7: 3 days → 5/6, 7 days → 1/6).
   */
  double dateFactor(Long dayA, Long dayB) {
    if (dayA == null || dayB == null) {
      return 1;
    }
    long gap = Math.abs(dayA - dayB);
    if (gap <= GRACE_DAYS) {
      return 1;
    }
    if (gap > maxDateGapDays) {
      return 0;
    }
    return 1 - (double) (gap - GRACE_DAYS) / (maxDateGapDays - GRACE_DAYS + 1);
  }
}
