package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.ClusteringRun;
import org.storydiff.cluster.LocalStoryClusterer;
import org.storydiff.cluster.StorySketch;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.pipeline.ArticleAnalyzer;

/**
 * The distributed clustering must be the core's clustering, step for step: same stories, same
 * number of candidate pairs and edges. Pins a bug where the Spark side weighed terms differently.
 */
class ClusterStoriesTest {

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void distributedClusteringEqualsTheLocalOneOnSampleData() {
    assertSameAsLocal(
        sampleArticles("sample-data/agency-wires.jsonl", "sample-data/desk/business.jsonl"));
  }

  /**
   * Stories told in French, German and Spanish with an English version each: the keys across
   * languages reach the blocks (only those held in two languages are shipped), and the pairs are
   * exactly the local clustering's, which ships every key.
   */
  @Test
  void multilingualSampleDataClustersAsTheLocalOne() {
    List<Article> articles = sampleArticles("sample-data/agences-europe.jsonl");
    assertThat(articles.stream().map(Article::language).distinct().count()).isGreaterThan(2);
    assertSameAsLocal(articles);
  }

  /** The articles of sample-data files, with their language where the files give one. */
  private static List<Article> sampleArticles(String... files) {
    Dataset<Row> rows = spark.read().json(files);
    boolean withLanguage = Arrays.asList(rows.columns()).contains("language");
    List<Article> articles = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      articles.add(
          new Article(
              r.getAs("id"),
              r.getAs("source"),
              r.getAs("body"),
              r.getAs("title"),
              r.getAs("published"),
              null,
              withLanguage ? r.getAs("language") : null));
    }
    return articles;
  }

  /** Words found in one article only must not weigh in (they cannot link anything). */
  @Test
  void versionsWithLongUniqueTailsStillFormOneStory() {
    String shared =
        "Flood waters rose through Valmora overnight after the Serra river burst its banks near the old mill.";
    List<Article> articles = new ArrayList<>();
    for (String id : List.of("a", "b", "c")) {
      StringBuilder tail = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        tail.append(' ')
            .append("tail")
            .append(id)
            .append((char) ('a' + i % 26))
            .append((char) ('a' + i / 26));
      }
      articles.add(
          new Article(
              id,
              "Agency " + id,
              shared + "\n\n" + tail.toString().strip() + ".",
              null,
              null,
              null,
              null));
    }
    articles.add(
        new Article(
            "d",
            "Agency d",
            "Parliament passed the annual budget after a long debate on taxes.",
            null,
            null,
            null,
            null));
    Map<String, String> storyIds = assertSameAsLocal(articles);
    assertThat(storyIds.get("a"))
        .isEqualTo(storyIds.get("b"))
        .isEqualTo(storyIds.get("c"))
        .isNotEqualTo(storyIds.get("d"));
  }

  private static Map<String, String> assertSameAsLocal(List<Article> articles) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
    List<ClusterInput> inputs = analyzed.stream().map(ClusterInput::of).toList();
    ClusteringRun local = new LocalStoryClusterer(ClusterSettings.defaults()).run(inputs);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ClusterStories.Result distributed =
        ClusterStories.apply(jsc, jsc.parallelize(inputs, 3), ClusterSettings.defaults());
    Map<String, String> storyIds = new HashMap<>(distributed.storyIds().collectAsMap());

    assertThat(storyIds).isEqualTo(local.storyIds());
    assertThat(distributed.candidatePairs()).isEqualTo(local.candidatePairs());
    assertThat(distributed.edges()).isEqualTo(local.edges());
    // What later runs match against (--previous) is the same too, to the bit.
    List<StorySketch> sketches = new ArrayList<>(distributed.stories().collect());
    sketches.sort(Comparator.comparing(StorySketch::storyId));
    assertThat(sketches).isEqualTo(local.stories());
    distributed.unpersist();
    return storyIds;
  }
}
