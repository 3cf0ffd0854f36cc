package org.storydiff.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a run writes to its {@code stories/} dataset, given its own stories and those of the
 * previous output: stories that continue an earlier one are merged into it (earlier id, all
 * articles, joined centroid); earlier stories that got no article are carried forward until they
 * leave the time window, so a chain of nightly runs that each read only the night before still
 * remembers a story for the whole window. Immutable and thread-safe.
 *
 * <p>The window is measured in days when both sides have them: an earlier story is dropped once its
 * last article is more than {@code maxDateGapDays} days older than the run's latest article (later
 * articles can no longer join it, see {@link ArticleSimilarity}). Without dates (an undated story,
 * or a run with no dated article) it is measured in runs: a story carried by more than {@code
 * maxDateGapDays} runs in a row is dropped, so undated stories cannot pile up.
 */
public final class StoryLedger implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Prefers, among rows of one id, the latest, then the largest, then the first by articles. */
  private static final Comparator<StorySketch> PREFERRED =
      Comparator.comparing(
              StorySketch::lastDay, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparingInt(StorySketch::versions)
          .thenComparing(
              (StorySketch s) -> String.join("\n", s.articleIds()), Comparator.reverseOrder());

  private final int maxDateGapDays;

  /**
   * @param maxDateGapDays the clustering's time window, ≥ 2
   */
  public StoryLedger(int maxDateGapDays) {
    if (maxDateGapDays < ArticleSimilarity.GRACE_DAYS) {
      throw new IllegalArgumentException(
          "maxDateGapDays must be ≥ 2, e.g. 7, got " + maxDateGapDays);
    }
    this.maxDateGapDays = maxDateGapDays;
  }

  /**
   * A story of this run that continues {@code previous}: the earlier id, the articles of both, the
   * span of both, the centroids weighted by their article counts.
   */
  public StorySketch continued(StorySketch story, StorySketch previous) {
    List<String> articles = new ArrayList<>(previous.articleIds());
    articles.addAll(story.articleIds());
    return new StorySketch(
        previous.storyId(),
        articles,
        min(story.firstDay(), previous.firstDay()),
        max(story.lastDay(), previous.lastDay()),
        0,
        StoryStatus.CONTINUED,
        StoryCentroid.merge(
            previous.centroid(), previous.versions(), story.centroid(), story.versions()));
  }

  /**
   * An earlier story that got no article in this run: carried forward with one more idle run, or
   * empty when it has left the time window.
   *
   * @param runDay the latest publication day of this run's articles, null when none is dated
   */
  public Optional<StorySketch> carried(StorySketch previous, Long runDay) {
    int idle = previous.idleRuns() + 1;
    boolean expired =
        runDay != null && previous.lastDay() != null
            ? runDay - previous.lastDay() > maxDateGapDays
            : idle > maxDateGapDays;
    return expired
        ? Optional.empty()
        : Optional.of(previous.as(previous.storyId(), StoryStatus.CARRIED, idle));
  }

  /**
   * The row a run writes for one story id, from this run's story that has (or took) that id and the
   * earlier story of that id; either may be null, not both. Empty when only the earlier story is
   * there and it has left the window.
   *
   * @param runDay the latest publication day of this run's articles, null when none is dated
   */
  public Optional<StorySketch> next(StorySketch story, StorySketch previous, Long runDay) {
    if (story != null && previous != null) {
      return Optional.of(continued(story, previous));
    }
    if (story != null) {
      return Optional.of(story);
    }
    return carried(java.util.Objects.requireNonNull(previous, "story or previous"), runDay);
  }

  /**
   * One of several earlier rows with the same story id (only a hand-edited or concatenated output
   * has them), chosen the same way whatever their order.
   */
  public static StorySketch preferred(StorySketch a, StorySketch b) {
    return PREFERRED.compare(a, b) >= 0 ? a : b;
  }

  /** The later of two optional days. */
  public static Long max(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }

  private static Long min(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
  }
}
