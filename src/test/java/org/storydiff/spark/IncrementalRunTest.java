package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.cluster.ContinuingStories;
import org.storydiff.cluster.StoryIds;
import org.storydiff.model.Article;
import org.storydiff.report.ReportFiles;

/**
 * Nightly runs chained by --previous, each reading only the night before: a story going on into day
 * 2 keeps day 1's id, a new story gets its own, an unrelated day-1 story is carried forward, and a
 * follow-up 10 days later starts a new story while the old ones expire. Day 2 is written as
 * Parquet, so the chain reads back both formats. Also a wrong --previous.
 */
class IncrementalRunTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path temp;
  static SparkSession spark;
  static Path day1;
  static Path day2;

  @BeforeAll
  static void runTwoNights() throws IOException {
    spark = TestSpark.session();
    day1 = run(ContinuingStories.day1(), "day1", "json", null);
    day2 = run(ContinuingStories.day2(), "day2", "parquet", day1);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theContinuationKeepsDayOnesIdAndTheNewStoryGetsItsOwn() {
    Map<String, String> firstNight = storyIds(day1);
    Map<String, String> secondNight = storyIds(day2);
    String fire = firstNight.get("fire-1-kestrel");

    assertThat(firstNight.get("fire-1-ostral")).isEqualTo(fire);
    assertThat(secondNight.get("fire-2-kestrel")).isEqualTo(fire);
    assertThat(secondNight.get("fire-2-ostral")).isEqualTo(fire);
    assertThat(secondNight.get("chess-2-kestrel"))
        .isEqualTo(secondNight.get("chess-2-ostral"))
        .isEqualTo(StoryIds.of(List.of("chess-2-kestrel", "chess-2-ostral")));
    // Every dataset uses the story's lasting id.
    assertThat(distinctStoryIds(day2, "facts"))
        .containsExactlyInAnyOrder(fire, secondNight.get("chess-2-kestrel"));
    assertThat(distinctStoryIds(day2, "changes"))
        .isSubsetOf(fire, secondNight.get("chess-2-kestrel"));
    assertThat(day2.resolve("report/stories/" + ReportFiles.storyPageFile(fire))).exists();
  }

  @Test
  void storiesHoldTheContinuedTheNewAndTheCarriedStory() {
    String fire = storyIds(day1).get("fire-1-kestrel");
    String port = storyIds(day1).get("port-1-kestrel");
    String chess = storyIds(day2).get("chess-2-kestrel");

    Map<String, Row> stories = new TreeMap<>();
    spark
        .read()
        .parquet(day2.resolve("stories").toString())
        .collectAsList()
        .forEach(r -> stories.put(r.getAs("storyId"), r));

    assertThat(stories.keySet()).containsExactlyInAnyOrder(fire, port, chess);
    assertThat(stories.get(fire).<String>getAs("status")).isEqualTo("continued");
    assertThat(stories.get(fire).<String>getList(stories.get(fire).fieldIndex("articleIds")))
        .containsExactly("fire-1-kestrel", "fire-1-ostral", "fire-2-kestrel", "fire-2-ostral");
    assertThat(stories.get(fire).<String>getAs("firstPublished"))
        .isEqualTo(ContinuingStories.DAY_1);
    assertThat(stories.get(fire).<String>getAs("lastPublished")).isEqualTo(ContinuingStories.DAY_2);
    assertThat(stories.get(fire).<Integer>getAs("versions")).isEqualTo(4);
    assertThat(stories.get(port).<String>getAs("status")).isEqualTo("carried");
    assertThat(stories.get(port).<Integer>getAs("idleRuns")).isEqualTo(1);
    assertThat(stories.get(chess).<String>getAs("status")).isEqualTo("new");
    assertThat(stories.get(chess).getList(stories.get(chess).fieldIndex("centroidTerms")))
        .hasSameSizeAs(stories.get(chess).getList(stories.get(chess).fieldIndex("centroidWeights")))
        .isNotEmpty();

    JsonNode previous = OutputRows.json(day2.resolve("summary.json")).get("previous");
    assertThat(previous.get("output").asText()).isEqualTo(day1.toString());
    assertThat(previous.get("storiesRead").asLong()).isEqualTo(2);
    assertThat(previous.get("storiesContinued").asLong()).isEqualTo(1);
    assertThat(previous.get("storiesCarriedForward").asLong()).isEqualTo(1);
    assertThat(previous.get("storiesExpired").asLong()).isZero();
    assertThat(
            OutputRows.json(day1.resolve("summary.json"))
                .get("previous")
                .get("storiesRead")
                .asLong())
        .isZero();
  }

  @Test
  void aFollowUpTenDaysLaterStartsANewStoryAndTheOldStoriesExpire() throws IOException {
    Path day12 = run(ContinuingStories.day12(), "day12", "json", day2);

    Map<String, String> ids = storyIds(day12);
    assertThat(ids.get("fire-12-kestrel"))
        .isEqualTo(ids.get("fire-12-ostral"))
        .isEqualTo(StoryIds.of(List.of("fire-12-kestrel", "fire-12-ostral")))
        .isNotEqualTo(storyIds(day1).get("fire-1-kestrel"));
    assertThat(stories(day12).keySet()).containsExactly(ids.get("fire-12-kestrel"));
    JsonNode previous = OutputRows.json(day12.resolve("summary.json")).get("previous");
    assertThat(previous.get("storiesRead").asLong()).isEqualTo(3);
    assertThat(previous.get("storiesContinued").asLong()).isZero();
    assertThat(previous.get("storiesExpired").asLong()).isEqualTo(3);
  }

  @Test
  void aMissingPreviousOrOneWithoutStoriesIsASetupError() throws IOException {
    Path input = write(ContinuingStories.day2(), "bad-previous");
    Path old = Files.createDirectories(temp.resolve("old-version-output/articles"));

    assertThatThrownBy(() -> run(input, temp.resolve("o1"), "json", temp.resolve("nope")))
        .isInstanceOf(JobSetupException.class)
        .hasMessageContaining("previous output does not exist")
        .hasMessageContaining("--previous");
    assertThatThrownBy(() -> run(input, temp.resolve("o2"), "json", old.getParent()))
        .isInstanceOf(JobSetupException.class)
        .hasMessageContaining("has no stories/ dataset");
    assertThat(temp.resolve("o1")).doesNotExist();
  }

  @Test
  void anUnparseableStoriesDatasetIsASetupErrorAndLeavesNoOutput() throws IOException {
    Path input = write(ContinuingStories.day2(), "corrupt-previous");
    Path stories = Files.createDirectories(temp.resolve("corrupt/stories"));
    Files.writeString(
        stories.resolve("part-00000.json"), "{\"storyId\": \"story-1\", \"versions\": [oops\n");

    assertThatThrownBy(() -> run(input, temp.resolve("o3"), "json", stories.getParent()))
        .isInstanceOf(JobSetupException.class)
        .hasMessageContaining("cannot read the stories/ dataset");
    assertThat(temp.resolve("o3")).doesNotExist();
  }

  private static Path run(List<Article> articles, String name, String format, Path previous)
      throws IOException {
    Path out = temp.resolve("out/date=" + name);
    run(write(articles, name), out, format, previous);
    return out;
  }

  private static void run(Path input, Path out, String format, Path previous) {
    JobOptions options =
        JobOptions.of(List.of(input.toString()), out.toString()).withFormat(format);
    StorydiffJob.run(spark, previous == null ? options : options.withPrevious(previous.toString()));
  }

  private static Path write(List<Article> articles, String name) throws IOException {
    Path file = temp.resolve("in/date=" + name + "/articles.jsonl");
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      Map<String, String> record = new LinkedHashMap<>();
      record.put("id", a.id());
      record.put("source", a.source());
      record.put("title", a.title());
      record.put("published", a.published());
      record.put("body", a.body());
      lines.add(MAPPER.writeValueAsString(record));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static Map<String, String> storyIds(Path out) {
    Map<String, String> ids = new TreeMap<>();
    if (isParquet(out)) {
      spark
          .read()
          .parquet(out.resolve("articles").toString())
          .collectAsList()
          .forEach(r -> ids.put(r.getAs("articleId"), r.getAs("storyId")));
    } else {
      OutputRows.read(out, "articles")
          .forEach(r -> ids.put(r.get("articleId").asText(), r.get("storyId").asText()));
    }
    return ids;
  }

  private static List<String> distinctStoryIds(Path out, String dataset) {
    return spark
        .read()
        .parquet(out.resolve(dataset).toString())
        .select("storyId")
        .distinct()
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList();
  }

  private static boolean isParquet(Path out) {
    return OutputRows.json(out.resolve("summary.json")).get("format").asText().equals("parquet");
  }

  private static Map<String, JsonNode> stories(Path out) {
    Map<String, JsonNode> stories = new TreeMap<>();
    OutputRows.read(out, "stories").forEach(r -> stories.put(r.get("storyId").asText(), r));
    return stories;
  }
}
