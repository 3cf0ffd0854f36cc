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
 * with no per-article record on the driver (two primitive numbers an article, see below).
 *
 * <ol>
 *   <li>features per article (map); document frequencies by reduceByKey, of which only the shared
 *       terms are broadcast ({@link CountTerms});
 *   <li>tf-idf vectors (map), each article numbered 0..n-1;
 *   <li>candidate pairs and their raw similarity in blocks of articles sharing a rare term, inside
 *       the time window ({@link ScorePairs});
 *   <li>each article's density from its candidate pairs (aggregateByKey), broadcast as one double
 *       per article ({@link ArticleDensities});
 *   <li>the edges (pairs whose density-scaled similarity reaches the threshold) and their connected
 *       components, in one pass: a forest per task, joined by a union-find on the driver ({@link
 *       GraphComponents}), broadcast as one int per article;
 *   <li>average link per component, in the cluster (groupByKey), so a chain of weak links never
 *       merges unrelated articles. A component over {@value
 *       AverageLinkClusterer#DEFAULT_MAX_COMPONENT_SIZE} articles is clustered in windows of that
 *       size, one task each.
 * </ol>
 *
 * <p>Five shuffles (terms, blocks, pairs seen in several blocks, densities, components) and six
 * jobs. The driver holds the shared terms and 12 bytes an article (densities and component roots),
 * never the article → story map.
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
    // On disk only: read twice in sequence, and at a million articles a memory-and-disk block read
    // back from disk was cached into a full heap again and ran out of it.
    JavaRDD<ClusterFeatures> features = features(inputs).persist(StorageLevel.DISK_ONLY());
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
    CountTerms.Census census = CountTerms.Census.of(features);
    long n = census.articles();
    Broadcast<DocumentFrequencies> df = jsc.broadcast(CountTerms.of(features, census));
    LOG.info(
        "clustering: document frequencies after {}: {} shared terms{}",
        since(started),
        df.value().size(),
        df.value().isMultilingual() ? ", several languages" : "");
    int maxTerms = settings.maxTerms();
    JavaPairRDD<Long, ClusterItem> items =
        features
            .map(
                f ->
                    new ClusterItem(
                        f.articleId(),
                        TermVector.weigh(f, df.value(), maxTerms),
                        f.publishedEpochDay(),
                        LocalDensity.FLOOR,
                        f.language()))
            .zipWithIndex()
            .mapToPair(Tuple2::swap)
            .persist(StorageLevel.DISK_ONLY()); // as the features: read in sequence, never held
    ScorePairs.Counts blocking = ScorePairs.Counts.register(jsc);
    JavaPairRDD<Long, Double> scored =
        ScorePairs.apply(items, df, settings, blocking).persist(StorageLevel.MEMORY_AND_DISK());
    int articles = Math.toIntExact(n);
    Broadcast<double[]> density = jsc.broadcast(ArticleDensities.of(scored, articles));
    LOG.info("clustering: densities after {}; blocking: {}", since(started), blocking);
    double threshold = settings.threshold();
    GraphComponents.Result graph = GraphComponents.of(scored, density, threshold, articles);
    scored.unpersist();
    LOG.info(
        "clustering: {} articles, {} shared terms, {} candidate pairs, {} edges, {} components"
            + " after {}",
        n,
        df.value().size(),
        graph.candidatePairs(),
        graph.edges(),
        graph.components(),
        since(started));
    Broadcast<int[]> root = jsc.broadcast(graph.root());
    ArticleSimilarity similarity = new ArticleSimilarity(settings.maxDateGapDays());
    JavaRDD<StorySketch> sketches =
        items
            .mapToPair(
                v -> {
                  int number = Math.toIntExact(v._1());
                  return new Tuple2<>(
                      root.value()[number], v._2().withDensity(density.value()[number]));
                })
            .groupByKey()
            .flatMap(c -> storiesOf(c._2(), similarity, threshold))
            // On disk only, as the other caches: at a million articles 163,352 sketches held in
            // memory (370 MB of centroids) were still in the heap when the stories stage ran out
            // of it.
            .persist(StorageLevel.DISK_ONLY());
    long stories = sketches.count();
    LOG.info("clustering: {} stories after {}", stories, since(started));
    items.unpersist();
    density.unpersist();
    root.unpersist();
    JavaPairRDD<String, String> storyIds =
        sketches.flatMapToPair(
            story ->
                story.articleIds().stream().map(a -> new Tuple2<>(a, story.storyId())).iterator());
    return new Result(
        storyIds,
        sketches,
        graph.candidatePairs(),
        graph.edges(),
        graph.components(),
        graph.largest());
  }

  private static String since(long started) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
  }

  /** Lazily, one article at a time: a partition's features never all sit in memory as objects. */
  private static Iterator<ClusterFeatures> featuresOf(Iterator<ClusterInput> inputs) {
    Featurizer featurizer = new Featurizer();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public ClusterFeatures next() {
        return featurizer.features(inputs.next());
      }
    };
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
