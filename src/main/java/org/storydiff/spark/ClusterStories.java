package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.ArticleSimilarity;
import org.storydiff.cluster.AverageLinkClusterer;
import org.storydiff.cluster.BlockingKeys;
import org.storydiff.cluster.ClusterFeatures;
import org.storydiff.cluster.ClusterItem;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.Featurizer;
import org.storydiff.cluster.Idf;
import org.storydiff.cluster.StoryIds;
import org.storydiff.cluster.TermVector;
import org.storydiff.cluster.UnionFind;
import org.storydiff.model.AnalyzedArticle;
import scala.Tuple2;

/**
 * Story clustering, distributed: the same steps as {@code cluster.LocalStoryClusterer}. Document
 * frequencies by reduceByKey; candidate pairs only inside blocks of articles sharing a rare term
 * (bounded per article and per block, never all pairs); similarity per candidate pair in the
 * cluster; edges above the threshold joined into components on the driver (edges are article-id
 * pairs, not articles); average-link clustering per component back in the cluster, so a chain of
 * weak links never merges unrelated articles.
 */
final class ClusterStories {

  /** Article id → story id, plus how much work the clustering did. */
  record Result(JavaPairRDD<String, String> storyIds, long candidatePairs, long edges) {}

  private ClusterStories() {}

  static Result apply(JavaSparkContext jsc, JavaRDD<AnalyzedArticle> analyzed, ClusterSettings settings) {
    JavaRDD<ClusterFeatures> features = analyzed.mapPartitions(ClusterStories::featuresOf)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long n = features.count();
    Map<String, Long> sharedTerms = new HashMap<>(features
        .flatMapToPair(f -> f.termWeights().keySet().stream().map(t -> new Tuple2<>(t, 1L)).iterator())
        .reduceByKey(Long::sum)
        .filter(t -> t._2() >= BlockingKeys.MIN_DF)
        .collectAsMap());
    Broadcast<Map<String, Long>> df = jsc.broadcast(sharedTerms);
    ArticleSimilarity similarity = new ArticleSimilarity(settings.maxDateGapDays());

    JavaRDD<ClusterItem> items = features.map(f -> new ClusterItem(f.articleId(),
            TermVector.weigh(f.termWeights(), t -> Idf.forClustering(df.value().getOrDefault(t, 1L), n), settings.maxTerms()),
            f.publishedEpochDay()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long maxDf = settings.maxDf(n);
    JavaPairRDD<String, Iterable<ClusterItem>> blocks = items
        .flatMapToPair(item -> BlockingKeys.select(item.vector(), t -> df.value().getOrDefault(t, 1L),
                settings.blockingKeys(), maxDf).stream().map(k -> new Tuple2<>(k, item)).iterator())
        .groupByKey();
    JavaRDD<Tuple2<Tuple2<String, String>, Double>> scored = blocks
        .flatMap(block -> candidatePairs(block._2(), similarity))
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = scored.count();
    List<Tuple2<String, String>> edges = scored.filter(s -> s._2() >= settings.threshold()).map(Tuple2::_1).collect();
    scored.unpersist();

    Broadcast<Map<String, String>> componentOf = jsc.broadcast(components(edges));
    JavaPairRDD<String, String> storyIds = items
        .mapToPair(item -> new Tuple2<>(componentOf.value().getOrDefault(item.articleId(), item.articleId()), item))
        .groupByKey()
        .flatMapToPair(component -> storiesOf(component._2(), similarity, settings.threshold()));
    features.unpersist();
    return new Result(storyIds, candidatePairs, edges.size());
  }

  private static Iterator<ClusterFeatures> featuresOf(Iterator<AnalyzedArticle> articles) {
    Featurizer featurizer = new Featurizer();
    List<ClusterFeatures> out = new ArrayList<>();
    articles.forEachRemaining(a -> out.add(featurizer.features(a.article(), a.sentences())));
    return out.iterator();
  }

  /** Every pair of a block once (ids ordered), with its similarity. */
  private static Iterator<Tuple2<Tuple2<String, String>, Double>> candidatePairs(
      Iterable<ClusterItem> block, ArticleSimilarity similarity) {
    List<ClusterItem> members = new ArrayList<>();
    block.forEach(members::add);
    members.sort(Comparator.comparing(ClusterItem::articleId));
    List<Tuple2<Tuple2<String, String>, Double>> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        ClusterItem a = members.get(i);
        ClusterItem b = members.get(j);
        out.add(new Tuple2<>(new Tuple2<>(a.articleId(), b.articleId()), similarity.similarity(a, b)));
      }
    }
    return out.iterator();
  }

  /** Article id → smallest article id of its connected component, for articles with an edge. */
  private static Map<String, String> components(List<Tuple2<String, String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Tuple2<String, String> e : edges) {
      for (String id : List.of(e._1(), e._2())) {
        if (index.putIfAbsent(id, ids.size()) == null) {
          ids.add(id);
        }
      }
    }
    UnionFind uf = new UnionFind(ids.size());
    edges.forEach(e -> uf.union(index.get(e._1()), index.get(e._2())));
    Map<Integer, String> smallest = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      smallest.merge(uf.find(i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    Map<String, String> componentOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      componentOf.put(ids.get(i), smallest.get(uf.find(i)));
    }
    return componentOf;
  }

  private static Iterator<Tuple2<String, String>> storiesOf(
      Iterable<ClusterItem> component, ArticleSimilarity similarity, double threshold) {
    List<ClusterItem> members = new ArrayList<>();
    component.forEach(members::add);
    members.sort(Comparator.comparing(ClusterItem::articleId));
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (List<String> story : new AverageLinkClusterer(similarity).cluster(members, threshold)) {
      String storyId = StoryIds.of(story);
      story.forEach(id -> out.add(new Tuple2<>(id, storyId)));
    }
    return out.iterator();
  }
}
