package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.PipelineLimits;
import scala.Tuple2;

/**
 * Articles meet their story ids in the partitions de-duplication left them in; articles laid out
 * otherwise fail the run loudly instead of landing in no story.
 */
class ProcessStoriesTest {

  static SparkSession spark;
  static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final List<AnalyzedArticle> ARTICLES =
      List.of("a1", "a2", "b1", "c1", "c2", "c3").stream()
          .map(
              id ->
                  new ArticleAnalyzer()
                      .analyze(
                          new Article(
                              id,
                              "Agency " + id,
                              "The river rose by 2 metres on Tuesday, officials said.",
                              null,
                              null,
                              null,
                              null)))
          .toList();

  private static JavaPairRDD<String, String> storyOf() {
    return JavaPairRDD.fromJavaRDD(
        jsc.parallelize(
            ARTICLES.stream().map(a -> new Tuple2<>(a.id(), "story-" + a.id().charAt(0))).toList(),
            2));
  }

  @Test
  void everyStoryGetsItsArticles() {
    Partitioner byId = new HashPartitioner(3);
    JavaRDD<AnalyzedArticle> analyzed =
        jsc.parallelize(ARTICLES).keyBy(AnalyzedArticle::id).partitionBy(byId).values();

    Map<String, List<String>> versions = new TreeMap<>();
    for (StoryResult r :
        ProcessStories.apply(
                analyzed, byId, storyOf(), PipelineLimits.defaults(), new StoryWorkTime(jsc))
            .collect()) {
      versions.put(r.storyId(), r.versions().stream().map(AnalyzedArticle::id).sorted().toList());
    }

    assertThat(versions)
        .isEqualTo(
            Map.of(
                "story-a", List.of("a1", "a2"),
                "story-b", List.of("b1"),
                "story-c", List.of("c1", "c2", "c3")));
  }

  @Test
  void articlesNotLaidOutByThePartitionerFailTheRun() {
    JavaRDD<AnalyzedArticle> unordered = jsc.parallelize(ARTICLES, 3);

    assertThatThrownBy(
            () ->
                ProcessStories.apply(
                        unordered,
                        new HashPartitioner(3),
                        storyOf(),
                        PipelineLimits.defaults(),
                        new StoryWorkTime(jsc))
                    .count())
        .hasMessageContaining("no story for article");
    assertThatThrownBy(
            () ->
                ProcessStories.apply(
                    unordered,
                    new HashPartitioner(4),
                    storyOf(),
                    PipelineLimits.defaults(),
                    new StoryWorkTime(jsc)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStoriesTaskTimeHoldsItsSteps() {
    Partitioner byId = new HashPartitioner(3);
    JavaRDD<AnalyzedArticle> analyzed =
        jsc.parallelize(ARTICLES).keyBy(AnalyzedArticle::id).partitionBy(byId).values();
    StoryWorkTime time = new StoryWorkTime(jsc);

    ProcessStories.apply(analyzed, byId, storyOf(), PipelineLimits.defaults(), time).count();

    Map<String, Double> seconds = time.seconds();
    assertThat(seconds).containsOnlyKeys("stories", "align", "findings", "lineage");
    assertThat(seconds.values()).allSatisfy(s -> assertThat(s).isNotNegative());
    // Two stories of several versions were compared: some time was spent.
    assertThat(seconds.get("stories")).isPositive();
    assertThat(seconds.get("align") + seconds.get("findings") + seconds.get("lineage"))
        .isLessThanOrEqualTo(seconds.get("stories"));
  }
}
