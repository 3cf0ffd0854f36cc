package org.storydiff.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a run remembers of one story for later runs (a row of the {@code stories/} dataset): its id,
 * its articles, the days they were published and the {@link StoryCentroid} of their vectors. Enough
 * to let a later article join the story without reading the earlier articles again.
 *
 * @param storyId non-blank
 * @param articleIds every article of the story, over all runs; sorted, distinct, non-empty
 * @param firstDay earliest publication day of its articles (days since 1970-01-01), null when none
 *     is dated
 * @param lastDay latest publication day, null exactly when {@code firstDay} is
 * @param idleRuns runs in a row that carried the story forward without a new article (0 when this
 *     run gave it articles), ≥ 0
 * @param status what the run that wrote the row did with the story
 * @param centroid the mean of its article vectors
 */
public record StorySketch(
    String storyId,
    List<String> articleIds,
    Long firstDay,
    Long lastDay,
    int idleRuns,
    StoryStatus status,
    StoryCentroid centroid)
    implements Serializable {

  public StorySketch {
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("a story sketch needs a story id");
    }
    articleIds = List.copyOf(new TreeSet<>(Objects.requireNonNull(articleIds, "articleIds")));
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("story " + storyId + " has no article ids");
    }
    if ((firstDay == null) != (lastDay == null) || (firstDay != null && firstDay > lastDay)) {
      throw new IllegalArgumentException(
          "story "
              + storyId
              + " has first day "
              + firstDay
              + " and last day "
              + lastDay
              + ": both must be known, first ≤ last, or both null");
    }
    if (idleRuns < 0) {
      throw new IllegalArgumentException("idleRuns must be ≥ 0, got " + idleRuns);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(centroid, "centroid");
  }

  /**
   * The sketch of a story this run clustered: status {@link StoryStatus#NEW}, the centroid of the
   * members' vectors summed in article id order (so the bytes do not depend on partitioning).
   *
   * @param members the story's articles, any order, at least one
   */
  public static StorySketch of(String storyId, List<ClusterItem> members) {
    List<ClusterItem> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(ClusterItem::articleId));
    Long first = null;
    Long last = null;
    for (ClusterItem m : sorted) {
      Long day = m.publishedEpochDay();
      if (day != null) {
        first = first == null ? day : Math.min(first, day);
        last = last == null ? day : Math.max(last, day);
      }
    }
    return new StorySketch(
        storyId,
        sorted.stream().map(ClusterItem::articleId).toList(),
        first,
        last,
        0,
        StoryStatus.NEW,
        StoryCentroid.mean(sorted.stream().map(ClusterItem::vector).toList()));
  }

  /**
   * The sketches of the stories average link found in one component, each under its {@link
   * StoryIds} id.
   *
   * @param component the component's articles
   * @param stories the article ids of each story of the component
   */
  public static List<StorySketch> ofComponent(
      List<ClusterItem> component, List<List<String>> stories) {
    java.util.Map<String, ClusterItem> byId = new java.util.HashMap<>();
    component.forEach(item -> byId.put(item.articleId(), item));
    List<StorySketch> out = new ArrayList<>(stories.size());
    for (List<String> story : stories) {
      out.add(of(StoryIds.of(story), story.stream().map(byId::get).toList()));
    }
    return out;
  }

  /** Number of articles (versions) of the story, over all runs. */
  public int versions() {
    return articleIds.size();
  }

  /** The same story under another id, with another status and idle count. */
  public StorySketch as(String newId, StoryStatus newStatus, int newIdleRuns) {
    return new StorySketch(newId, articleIds, firstDay, lastDay, newIdleRuns, newStatus, centroid);
  }
}
