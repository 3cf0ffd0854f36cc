package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.ArticleSimilarity;
import org.storydiff.cluster.AverageLinkClusterer;
import org.storydiff.cluster.ClusterFeatures;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterItem;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.DocumentFrequencies;
import org.storydiff.cluster.Featurizer;
import org.storydiff.cluster.LocalDensity;
import org.storydiff.cluster.StorySketch;
import org.storydiff.cluster.TermVector;
import scala.Tuple2;

/**
 * Story clustering, distributed: the same steps and results as {@code cluster.LocalStoryClusterer},
 * with nothing proportional to the corpus on the driver.
 *
 * <ol>
 *   <li>features per article (map); document frequencies by reduceByKey, of which only the shared
 *       terms are broadcast ({@link CountTerms});
 *   <li>tf-idf vectors (map), each article numbered with a unique long;
 *   <li>candidate pairs and their raw similarity in blocks of articles sharing a rare term, inside
 *       the time window ({@link ScorePairs});
 *   <li>each article's density from its candidate pairs (aggregateByKey), then the edges: pairs
 *       whose density-scaled similarity reaches the threshold;
 *   <li>connected components of the edges with GraphX ({@link GraphComponents});
 *   <li>average link per component, in the cluster (groupByKey), so a chain of weak links never
 *       merges unrelated articles. A component over {@value
 *       AverageLinkClusterer#DEFAULT_MAX_COMPONENT_SIZE} articles is clustered in windows of that
 *       size, one task each.
 * </ol>
 *
 * <p>Public for the clustering benchmark ({@code src/bench}), which feeds it generated articles.
 */
public final class ClusterStories {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ClusterStories.class);

  /**
   * Article id → story id, read from {@code stories}, one {@link StorySketch} per story (persisted:
   * the caller calls {@link #unpersist}), plus how much work the clustering did: candidate pairs
   * compared, edges, connected components of two or more articles, and the size of the largest.
   */
  public record Result(
      JavaPairRDD<String, String> storyIds,
      JavaRDD<StorySketch> stories,
      long candidatePairs,
      long edges,
      long components,
      long largestComponent) {

    public void unpersist() {
      stories.unpersist();
    }
  }

  private ClusterStories() {}

  static Result apply(
      JavaSparkContext jsc, JavaRDD<ClusterInput> inputs, ClusterSettings settings) {
    JavaRDD<ClusterFeatures> features =
        features(inputs).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      return cluster(jsc, features, settings);
    } finally {
      features.unpersist();
    }
  }

  /** Each article's clustering features (a map step). */
  public static JavaRDD<ClusterFeatures> features(JavaRDD<ClusterInput> inputs) {
    return inputs.mapPartitions(ClusterStories::featuresOf);
  }

  /**
   * The clustering of articles whose features are computed (and, since they are read twice, best
   * persisted by the caller).
   */
  public static Result cluster(
      JavaSparkContext jsc, JavaRDD<ClusterFeatures> features, ClusterSettings settings) {
    long started = System.nanoTime();
    long n = features.count();
    Broadcast<DocumentFrequencies> df = jsc.broadcast(CountTerms.of(features, n));
    LOG.info("clustering: document frequencies after {}", since(started));
    int maxTerms = settings.maxTerms();
    JavaPairRDD<Long, ClusterItem> items =
        features
            .map(
                f ->
                    new ClusterItem(
                        f.articleId(),
                        TermVector.weigh(f, df.value(), maxTerms),
                        f.publishedEpochDay()))
            .zipWithIndex()
            .mapToPair(Tuple2::swap)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    LOG.info("clustering: {} vectors after {}", items.count(), since(started));

    JavaPairRDD<Long, Double> scored =
        ScorePairs.apply(items, df, settings).persist(StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = scored.count();
    LOG.info(
        "clustering: {} articles, {} shared terms, {} candidate pairs after {}",
        n,
        df.value().size(),
        candidatePairs,
        since(started));
    JavaPairRDD<Long, Double> densities =
        scored
            .flatMapToPair(
                p ->
                    List.of(
                            new Tuple2<>(ScorePairs.first(p._1()), p._2()),
                            new Tuple2<>(ScorePairs.second(p._1()), p._2()))
                        .iterator())
            .aggregateByKey(new LocalDensity.Top(), LocalDensity.Top::add, LocalDensity.Top::merge)
            .mapValues(LocalDensity.Top::density);
    JavaPairRDD<Long, ClusterItem> dense =
        items
            .leftOuterJoin(densities)
            .mapValues(v -> v._1().withDensity(v._2().orElse(0.0)))
            .persist(StorageLevel.MEMORY_AND_DISK());

    double threshold = settings.threshold();
    JavaRDD<Tuple2<Long, Long>> edges =
        scaledEdges(scored, dense, threshold).persist(StorageLevel.MEMORY_AND_DISK());
    long edgeCount = edges.count();
    LOG.info("clustering: {} edges after {}", edgeCount, since(started));
    scored.unpersist();
    items.unpersist();

    JavaPairRDD<Long, Long> component = GraphComponents.of(edges);
    JavaPairRDD<Long, Long> componentSizes =
        component.mapToPair(c -> new Tuple2<>(c._2(), 1L)).reduceByKey(Long::sum);
    long components = componentSizes.count();
    LOG.info("clustering: {} components after {}", components, since(started));
    long largest = components == 0 ? 0 : componentSizes.values().reduce(Math::max);
    ArticleSimilarity similarity = new ArticleSimilarity(settings.maxDateGapDays());
    JavaRDD<StorySketch> sketches =
        dense
            .leftOuterJoin(component)
            .mapToPair(v -> new Tuple2<>(v._2()._2().orElse(v._1()), v._2()._1()))
            .groupByKey()
            .flatMap(c -> storiesOf(c._2(), similarity, threshold))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long stories = sketches.count();
    LOG.info("clustering: {} stories after {}", stories, since(started));
    edges.unpersist();
    component.unpersist();
    dense.unpersist();
    JavaPairRDD<String, String> storyIds =
        sketches.flatMapToPair(
            story ->
                story.articleIds().stream().map(a -> new Tuple2<>(a, story.storyId())).iterator());
    return new Result(storyIds, sketches, candidatePairs, edgeCount, components, largest);
  }

  private static String since(long started) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
  }

  /** Pairs whose similarity, scaled by both articles' densities, reaches the threshold. */
  private static JavaRDD<Tuple2<Long, Long>> scaledEdges(
      JavaPairRDD<Long, Double> scored, JavaPairRDD<Long, ClusterItem> dense, double threshold) {
    JavaPairRDD<Long, Double> density = dense.mapValues(ClusterItem::density);
    return scored
        .mapToPair(
            p ->
                new Tuple2<>(
                    ScorePairs.first(p._1()), new HalfEdge(ScorePairs.second(p._1()), p._2(), 0)))
        .join(density)
        .mapToPair(
            v ->
                new Tuple2<>(
                    v._2()._1().other(), new HalfEdge(v._1(), v._2()._1().raw(), v._2()._2())))
        .join(density)
        .filter(
            v ->
                v._2()._1().raw() * LocalDensity.scale(v._2()._1().density(), v._2()._2())
                    >= threshold)
        .map(v -> new Tuple2<>(v._2()._1().other(), v._1()));
  }

  /** One end of a scored pair on its way to meet the other end's density. */
  private record HalfEdge(long other, double raw, double density) implements java.io.Serializable {}

  private static Iterator<ClusterFeatures> featuresOf(Iterator<ClusterInput> inputs) {
    Featurizer featurizer = new Featurizer();
    List<ClusterFeatures> out = new ArrayList<>();
    inputs.forEachRemaining(in -> out.add(featurizer.features(in)));
    return out.iterator();
  }

  private static Iterator<StorySketch> storiesOf(
      Iterable<ClusterItem> component, ArticleSimilarity similarity, double threshold) {
    List<ClusterItem> members = new ArrayList<>();
    component.forEach(members::add);
    return StorySketch.ofComponent(
            members, new AverageLinkClusterer(similarity).cluster(members, threshold))
        .iterator();
  }
}
