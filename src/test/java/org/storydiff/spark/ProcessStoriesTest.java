package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.report.ReportFiles;
import org.storydiff.report.StorySummary;
import scala.Tuple2;

/**
 * Articles meet their story ids in the partitions de-duplication left them in; articles laid out
 * otherwise fail the run loudly instead of landing in no story. Each story leaves its dataset rows
 * and, when it has several versions, its page.
 */
class ProcessStoriesTest {

  @TempDir static java.nio.file.Path temp;

  private static OutputFiles out;

  private static WriteReport.Pages pages() {
    if (out == null) {
      out = new OutputFiles(new Configuration(), temp.resolve("out").toString(), "test");
      out.prepare(false);
    }
    return new WriteReport.Pages(jsc.sc(), out);
  }

  /** Article id → story id, from the stories' articles lines (JSON). */
  private static Map<String, String> storyOfArticle(List<StoryOutput> stories) throws IOException {
    Map<String, String> out = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (StoryOutput story : stories) {
      String lines =
          new String(story.rows()[StoryOutput.Dataset.ARTICLES.ordinal()], StandardCharsets.UTF_8);
      for (String line : lines.lines().toList()) {
        JsonNode row = json.readTree(line);
        out.put(row.get("articleId").asText(), row.get("storyId").asText());
      }
    }
    return out;
  }

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

  /** The articles as analysis keeps them: id and serialized form, in the same partitions. */
  private static JavaPairRDD<String, byte[]> serialized(
      JavaPairRDD<String, AnalyzedArticle> articles) {
    return articles.mapValues(a -> new SerializedBytes().write(a, AnalyzeArticles.ARTICLE));
  }

  private static JavaPairRDD<String, String> storyOf() {
    return JavaPairRDD.fromJavaRDD(
        jsc.parallelize(
            ARTICLES.stream().map(a -> new Tuple2<>(a.id(), "story-" + a.id().charAt(0))).toList(),
            2));
  }

  @Test
  void everyStoryGetsItsArticles() throws IOException {
    Partitioner byId = new HashPartitioner(3);
    JavaPairRDD<String, byte[]> analyzed =
        serialized(jsc.parallelize(ARTICLES).keyBy(AnalyzedArticle::id).partitionBy(byId));

    List<StoryOutput> stories =
        ProcessStories.apply(
                analyzed,
                byId,
                storyOf(),
                PipelineLimits.defaults(),
                new StoryWorkTime(jsc),
                pages(),
                "json")
            .collect();

    assertThat(storyOfArticle(stories))
        .isEqualTo(
            Map.of(
                "a1", "story-a",
                "a2", "story-a",
                "b1", "story-b",
                "c1", "story-c",
                "c2", "story-c",
                "c3", "story-c"));
    // Pages for the stories of several versions, written by the story tasks.
    assertThat(stories.stream().map(StoryOutput::summary).filter(Objects::nonNull))
        .extracting(StorySummary::storyId, StorySummary::versions)
        .containsExactlyInAnyOrder(tuple("story-a", 2), tuple("story-c", 3));
    java.nio.file.Path written =
        java.nio.file.Path.of(
            new org.apache.hadoop.fs.Path(out.stagingDir()).toUri().getPath(), "report/stories");
    assertThat(written.resolve(ReportFiles.storyPageFile("story-a"))).isNotEmptyFile();
    assertThat(written.resolve(ReportFiles.storyPageFile("story-b"))).doesNotExist();
    assertThat(stories.stream().mapToLong(s -> s.totals().stories()).sum()).isEqualTo(3);
  }

  @Test
  void articlesNotLaidOutByThePartitionerFailTheRun() {
    JavaPairRDD<String, byte[]> unordered =
        serialized(jsc.parallelize(ARTICLES, 3).keyBy(AnalyzedArticle::id));

    assertThatThrownBy(
            () ->
                ProcessStories.apply(
                        unordered,
                        new HashPartitioner(3),
                        storyOf(),
                        PipelineLimits.defaults(),
                        new StoryWorkTime(jsc),
                        pages(),
                        "json")
                    .count())
        .hasMessageContaining("no story for article");
    assertThatThrownBy(
            () ->
                ProcessStories.apply(
                    unordered,
                    new HashPartitioner(4),
                    storyOf(),
                    PipelineLimits.defaults(),
                    new StoryWorkTime(jsc),
                    pages(),
                    "json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStoriesTaskTimeHoldsItsSteps() {
    Partitioner byId = new HashPartitioner(3);
    JavaPairRDD<String, byte[]> analyzed =
        serialized(jsc.parallelize(ARTICLES).keyBy(AnalyzedArticle::id).partitionBy(byId));
    StoryWorkTime time = new StoryWorkTime(jsc);

    ProcessStories.apply(
            analyzed, byId, storyOf(), PipelineLimits.defaults(), time, pages(), "json")
        .count();

    Map<String, Double> seconds = time.seconds();
    assertThat(seconds).containsOnlyKeys("stories", "align", "findings", "lineage");
    assertThat(seconds.values()).allSatisfy(s -> assertThat(s).isNotNegative());
    // Two stories of several versions were compared: some time was spent.
    assertThat(seconds.get("stories")).isPositive();
    assertThat(seconds.get("align") + seconds.get("findings") + seconds.get("lineage"))
        .isLessThanOrEqualTo(seconds.get("stories"));
  }
}
