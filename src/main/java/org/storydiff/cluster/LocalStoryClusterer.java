package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole story clustering in plain Java, for small inputs, tests and evaluation. It runs the
 * same steps as the distributed job: features per article, document frequencies, tf-idf vectors,
 * blocking keys, candidate pairs, similarity, threshold edges, connected components, then average
 * link inside each component. Thread-safe (holds only settings).
 */
public final class LocalStoryClusterer {

  private final ClusterSettings settings;
  private final Featurizer featurizer = new Featurizer();
  private final ArticleSimilarity similarity;
  private final AverageLinkClusterer clusterer;

  public LocalStoryClusterer() {
    this(ClusterSettings.defaults());
  }

  public LocalStoryClusterer(ClusterSettings settings) {
    this.settings = settings;
    this.similarity = new ArticleSimilarity(settings.maxDateGapDays());
    this.clusterer = new AverageLinkClusterer(similarity);
  }

  /** Article id → story id for every input; an article that matches none is a story of its own. */
  public Map<String, String> storyIds(List<ClusterInput> inputs) {
    return run(inputs).storyIds();
  }

  /** Like {@link #storyIds} but also reports how many pairs were compared. */
  public ClusteringRun run(List<ClusterInput> inputs) {
    List<ClusterFeatures> features = features(inputs);
    Map<String, Long> df = documentFrequencies(features);
    long n = features.size();
    List<ClusterItem> items = new ArrayList<>(features.size());
    for (ClusterFeatures f : features) {
      TermVector v =
          TermVector.weigh(f.termWeights(), t -> Idf.forClustering(df.get(t), n), settings.maxTerms());
      items.add(new ClusterItem(f.articleId(), v, f.publishedEpochDay()));
    }
    List<List<String>> keys = new ArrayList<>(items.size());
    for (ClusterItem item : items) {
      keys.add(
          BlockingKeys.select(
              item.vector(), t -> df.getOrDefault(t, 0L), settings.blockingKeys(), settings.maxDf(n)));
    }
    List<int[]> pairs = CandidatePairs.of(keys, settings.maxBlockSize());
    UnionFind components = new UnionFind(items.size());
    long edges = 0;
    for (int[] p : pairs) {
      if (similarity.similarity(items.get(p[0]), items.get(p[1])) >= settings.threshold()) {
        components.union(p[0], p[1]);
        edges++;
      }
    }
    return new ClusteringRun(assignStories(items, components), pairs.size(), edges);
  }

  private List<ClusterFeatures> features(List<ClusterInput> inputs) {
    List<ClusterInput> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(i -> i.article().id()));
    List<ClusterFeatures> features = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ClusterInput in = sorted.get(i);
      if (i > 0 && in.article().id().equals(sorted.get(i - 1).article().id())) {
        throw new IllegalArgumentException("duplicate article id " + in.article().id());
      }
      features.add(featurizer.features(in.article(), in.sentences()));
    }
    return features;
  }

  private static Map<String, Long> documentFrequencies(List<ClusterFeatures> features) {
    Map<String, Long> df = new HashMap<>();
    for (ClusterFeatures f : features) {
      for (String term : f.termWeights().keySet()) {
        df.merge(term, 1L, Long::sum);
      }
    }
    return df;
  }

  private Map<String, String> assignStories(List<ClusterItem> items, UnionFind components) {
    Map<Integer, List<ClusterItem>> byRoot = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(components.find(i), r -> new ArrayList<>()).add(items.get(i));
    }
    Map<String, String> storyIds = new TreeMap<>();
    for (List<ClusterItem> component : byRoot.values()) {
      for (List<String> story : clusterer.cluster(component, settings.threshold())) {
        String storyId = StoryIds.of(story);
        story.forEach(id -> storyIds.put(id, storyId));
      }
    }
    return storyIds;
  }
}
