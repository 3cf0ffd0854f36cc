package org.storydiff.cluster;

import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link LocalStoryClusterer#run}: every article's story id plus the work done.
 *
 * @param storyIds article id → story id, sorted by article id
 * @param candidatePairs distinct pairs compared (sharing a blocking key)
 * @param edges candidate pairs whose similarity reached the threshold
 * @param stories what later runs need of each story ({@link StorySketch}), sorted by story id
 */
public record ClusteringRun(
    Map<String, String> storyIds, long candidatePairs, long edges, List<StorySketch> stories) {

  public ClusteringRun {
    storyIds = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(storyIds));
    List<StorySketch> sorted = new java.util.ArrayList<>(stories);
    sorted.sort(java.util.Comparator.comparing(StorySketch::storyId));
    stories = List.copyOf(sorted);
  }
}
