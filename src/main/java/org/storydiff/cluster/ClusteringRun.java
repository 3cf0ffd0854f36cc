package org.storydiff.cluster;

import java.util.Map;

/**
 * The outcome of {@link LocalStoryClusterer#run}: every article's story id plus the work done.
 *
 * @param storyIds article id → story id, sorted by article id
 * @param candidatePairs distinct pairs compared (sharing a blocking key)
 * @param edges candidate pairs whose similarity reached the threshold
 */
public record ClusteringRun(Map<String, String> storyIds, long candidatePairs, long edges) {

  public ClusteringRun {
    storyIds = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(storyIds));
  }
}
