package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * The whole story clustering in plain Java, for small inputs, tests and evaluation. It runs the
 * same steps as the distributed job ({@code spark.ClusterStories}), with the same results:
 *
 * <ol>
 *   <li>features per article, document frequencies, tf-idf vectors;
 *   <li>blocking keys, candidate pairs (articles sharing a key, inside the time window); in a
 *       corpus of several languages also name keys that pair articles of two languages;
 *   <li>the raw similarity of each candidate pair, and from them each article's {@link
 *       LocalDensity};
 *   <li>edges: candidate pairs whose density-scaled similarity reaches the threshold;
 *   <li>connected components of the edges, then average link inside each component, so a chain of
 *       pairwise links never merges articles that are not alike on average.
 * </ol>
 *
 * Thread-safe (holds only settings).
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
    return cluster(features(inputs));
  }

  /** The features of every input, sorted by article id; rejects duplicate ids. */
  public List<ClusterFeatures> features(List<ClusterInput> inputs) {
    List<ClusterInput> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(i -> i.article().id()));
    List<ClusterFeatures> features = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ClusterInput in = sorted.get(i);
      if (i > 0 && in.article().id().equals(sorted.get(i - 1).article().id())) {
        throw new IllegalArgumentException("duplicate article id " + in.article().id());
      }
      features.add(featurizer.features(in));
    }
    return features;
  }

  /** The clustering of articles whose features are already computed ({@link #features}). */
  public ClusteringRun cluster(List<ClusterFeatures> features) {
    List<ClusterFeatures> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparing(ClusterFeatures::articleId));
    DocumentFrequencies df = DocumentFrequencies.count(sorted);
    List<ClusterItem> items = new ArrayList<>(sorted.size());
    List<long[]> keys = new ArrayList<>(sorted.size());
    long maxDf = settings.maxDf(df.documents());
    boolean multilingual =
        sorted.stream().map(ClusterFeatures::language).filter(l -> l != null).distinct().count()
            > 1;
    for (ClusterFeatures f : sorted) {
      TermVector v = TermVector.weigh(f, df, settings.maxTerms());
      items.add(
          new ClusterItem(
              f.articleId(), v, f.publishedEpochDay(), LocalDensity.FLOOR, f.language()));
      long[] own = BlockingKeys.select(v, df, settings.blockingKeys(), maxDf);
      if (df.isMultilingual() && f.language() != null) {
        long[] across = BlockingKeys.acrossLanguages(v, df, settings.blockingKeys(), maxDf);
        own = LongStream.concat(LongStream.of(own), LongStream.of(across)).toArray();
      }
      keys.add(own);
    }
    List<int[]> pairs =
        CandidatePairs.of(items, keys, settings.maxBlockSize(), settings.maxDateGapDays());
    items = withDensities(items, pairs);
    UnionFind components = new UnionFind(items.size());
    long edges = 0;
    for (int[] p : pairs) {
      if (similarity.similarity(items.get(p[0]), items.get(p[1])) >= settings.threshold()) {
        components.union(p[0], p[1]);
        edges++;
      }
    }
    List<StorySketch> stories = assignStories(items, components);
    Map<String, String> storyIds = new TreeMap<>();
    stories.forEach(s -> s.articleIds().forEach(id -> storyIds.put(id, s.storyId())));
    return new ClusteringRun(storyIds, pairs.size(), edges, stories);
  }

  private List<ClusterItem> withDensities(List<ClusterItem> items, List<int[]> pairs) {
    List<LocalDensity.Top> tops = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      tops.add(new LocalDensity.Top());
    }
    for (int[] p : pairs) {
      double raw = similarity.raw(items.get(p[0]), items.get(p[1]));
      tops.get(p[0]).add(raw);
      tops.get(p[1]).add(raw);
    }
    List<ClusterItem> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(items.get(i).withDensity(tops.get(i).density()));
    }
    return out;
  }

  private List<StorySketch> assignStories(List<ClusterItem> items, UnionFind components) {
    Map<Integer, List<ClusterItem>> byRoot = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(components.find(i), r -> new ArrayList<>()).add(items.get(i));
    }
    List<StorySketch> stories = new ArrayList<>();
    for (List<ClusterItem> component : byRoot.values()) {
      stories.addAll(
          StorySketch.ofComponent(component, clusterer.cluster(component, settings.threshold())));
    }
    return stories;
  }
}
