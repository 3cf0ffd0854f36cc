package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job in local mode on sample-data/: the planted differences listed in
 * sample-data/_planted.json are all found, the differences of form are not reported, and the record
 * counts balance.
 */
class SampleDataJobTest {

  @TempDir static Path temp;
  static SparkSession spark;
  static Path out;
  static RunSummary summary;
  static JsonNode planted;

  @BeforeAll
  static void runJob() {
    spark = TestSpark.session();
    out = temp.resolve("out");
    summary = StorydiffJob.run(spark, JobOptions.of(List.of("sample-data"), out.toString()));
    planted = OutputRows.json(Path.of("sample-data/_planted.json"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void countsBalanceAndEveryBadRecordIsRejectedWithAReason() {
    assertThat(summary.records().recordsRead())
        .isEqualTo(summary.records().accepted() + summary.records().rejected());
    assertThat(summary.records().balanced()).isTrue();
    List<JsonNode> rejected = OutputRows.read(out, "rejected");
    assertThat(rejected).hasSize((int) summary.records().rejected());
    assertThat(rejected)
        .allSatisfy(
            r -> {
              assertThat(r.get("input").asText()).contains("bad-records.jsonl:");
              assertThat(r.get("reason").asText()).isNotBlank();
            });
    assertThat(rejected)
        .anySatisfy(r -> assertThat(r.get("reason").asText()).startsWith("duplicate id"));
    assertThat(summary.records().skippedFiles())
        .anySatisfy(f -> assertThat(f).endsWith("README.md"));
  }

  @Test
  void articlesAreGroupedIntoThePlannedStories() {
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode row : OutputRows.read(out, "articles")) {
      storyOf.put(row.get("articleId").asText(), row.get("storyId").asText());
    }
    Set<Set<String>> expected = new HashSet<>();
    planted
        .get("stories")
        .forEach(
            ids -> {
              Set<String> group = new TreeSet<>();
              ids.forEach(id -> group.add(id.asText()));
              expected.add(group);
            });
    Map<String, Set<String>> actual = new HashMap<>();
    storyOf.forEach(
        (article, story) -> actual.computeIfAbsent(story, s -> new TreeSet<>()).add(article));
    assertThat(new HashSet<>(actual.values())).isEqualTo(expected);
    assertThat(summary.stories().multiVersion())
        .isEqualTo(expected.stream().filter(g -> g.size() > 1).count());
  }

  @Test
  void everyPlantedDifferenceIsFound() {
    List<JsonNode> changes = OutputRows.read(out, "changes");
    List<String> missing = new ArrayList<>();
    for (JsonNode p : planted.get("planted")) {
      boolean found = changes.stream().anyMatch(c -> matches(c, p));
      if (!found) {
        missing.add(
            p.get("articleId").asText()
                + " "
                + p.get("change").asText()
                + " "
                + p.get("kind").asText()
                + " '"
                + p.get("match").asText()
                + "'");
      }
    }
    assertThat(missing).as("planted differences not found").isEmpty();
  }

  @Test
  void differencesOfFormAreNotReported() {
    List<JsonNode> changes = OutputRows.read(out, "changes");
    List<String> falseAlarms = new ArrayList<>();
    for (JsonNode f : planted.get("formOnly")) {
      String article = f.get("articleId").asText();
      String match = straighten(f.get("match").asText());
      changes.stream()
          .filter(c -> c.get("articleId").asText().equals(article))
          .filter(
              c ->
                  straighten(c.get("text").asText("")).contains(match)
                      || straighten(c.get("detail").asText("")).contains(match))
          .forEach(c -> falseAlarms.add(article + " '" + match + "': " + c.get("detail").asText()));
    }
    assertThat(falseAlarms).as("form-only differences reported").isEmpty();
  }

  /**
   * The planted pickups (sample-data/_planted.json "lineage"): the Valley Courier runs Northwire's
   * copy, the Lakeside Bulletin runs the Courier's (and credits only Northwire), and every version
   * written in its own words is given no source.
   */
  @Test
  void pickupsPointAtTheVersionTheyRanAndOwnWordsAtNone() {
    Map<String, JsonNode> rows = new HashMap<>();
    OutputRows.read(out, "lineage").forEach(r -> rows.put(r.get("articleId").asText(), r));
    JsonNode gold = planted.get("lineage");
    List<String> wrong = new ArrayList<>();
    gold.get("derived")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode row = rows.get(e.getKey());
              if (row == null || !row.get("derivedFrom").asText("").equals(e.getValue().asText())) {
                wrong.add(e.getKey() + " -> " + (row == null ? "no row" : row.get("derivedFrom")));
              }
            });
    gold.get("independent")
        .forEach(
            id -> {
              JsonNode row = rows.get(id.asText());
              if (row == null || !row.get("derivedFrom").isNull()) {
                wrong.add(id.asText() + " -> " + (row == null ? "no row" : row.get("derivedFrom")));
              }
            });
    assertThat(wrong).as("lineage rows that differ from the planted lineage").isEmpty();
    assertThat(rows.get("vc-bridge-01").get("derivation").asText()).isEqualTo("wholly");
    assertThat(rows.get("lb-bridge-01").get("credits").toString()).contains("Northwire");
  }

  /** groupId is the join key: a finding and the facts it and its counterparts cite share it. */
  @Test
  void everyFactHasAGroupAndEveryFigureOrQuoteFindingCitesFactsOfItsGroup() {
    Map<String, String> groupOfSpan = new HashMap<>();
    for (JsonNode f : OutputRows.read(out, "facts")) {
      assertThat(f.get("groupId").asText("")).startsWith(f.get("storyId").asText() + "/");
      String kind = f.get("kind").asText().equals("figure") ? "figure" : "quote";
      groupOfSpan.put(
          span(kind, f.get("articleId"), f.get("start"), f.get("end")), f.get("groupId").asText());
    }
    int checked = 0;
    for (JsonNode c : OutputRows.read(out, "changes")) {
      String kind = c.get("kind").asText();
      assertThat(c.get("groupId").asText("")).startsWith(c.get("storyId").asText() + "/");
      if (kind.equals("statement")) {
        continue;
      }
      if (!c.get("start").isNull()) {
        assertThat(groupOfSpan.get(span(kind, c.get("articleId"), c.get("start"), c.get("end"))))
            .isEqualTo(c.get("groupId").asText());
      }
      for (JsonNode e : c.get("others")) {
        assertThat(groupOfSpan.get(span(kind, e.get("articleId"), e.get("start"), e.get("end"))))
            .isEqualTo(c.get("groupId").asText());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  /**
   * Each quote row lists its marked passages: they tile the quote from its first mark to its last,
   * and each after the first continues the one before it. Sample-data has quotes continued after
   * their attribution ("…," Governor Helena Strand said. "…").
   */
  @Test
  void everyQuoteListsItsPassagesEachLinkedToTheOneItContinues() {
    int continued = 0;
    for (JsonNode f : OutputRows.read(out, "facts")) {
      JsonNode passages = f.get("passages");
      if (f.get("kind").asText().equals("figure")) {
        assertThat(passages == null || passages.isNull()).isTrue();
        continue;
      }
      assertThat(passages.size()).isPositive();
      assertThat(passages.get(0).get("start").asInt()).isEqualTo(f.get("start").asInt());
      assertThat(passages.get(passages.size() - 1).get("end").asInt())
          .isEqualTo(f.get("end").asInt());
      assertThat(passages.get(0).get("continues").isNull()).isTrue();
      for (int i = 1; i < passages.size(); i++) {
        assertThat(passages.get(i).get("continues").asText())
            .isEqualTo(passages.get(i - 1).get("passageId").asText());
        assertThat(passages.get(i).get("start").asInt())
            .isGreaterThan(passages.get(i - 1).get("end").asInt());
        continued++;
      }
    }
    assertThat(continued).isGreaterThanOrEqualTo(2);
  }

  private static String span(String kind, JsonNode articleId, JsonNode start, JsonNode end) {
    return kind + " " + articleId.asText() + " " + start.asInt() + ".." + end.asInt();
  }

  @Test
  void everyFindingCitesSpansThatMatchTheBodies() throws Exception {
    Map<String, String> bodies = new HashMap<>();
    for (String file :
        List.of("sample-data/agency-wires.jsonl", "sample-data/desk/business.jsonl")) {
      for (String line : Files.readAllLines(Path.of(file))) {
        JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        bodies.put(a.get("id").asText(), a.get("body").asText());
      }
    }
    for (JsonNode c : OutputRows.read(out, "changes")) {
      String body = bodies.get(c.get("articleId").asText());
      if (body != null && !c.get("start").isNull()) {
        assertThat(body.substring(c.get("start").asInt(), c.get("end").asInt()))
            .isEqualTo(c.get("text").asText());
      }
      for (JsonNode e : c.get("others")) {
        String other = bodies.get(e.get("articleId").asText());
        if (other != null) {
          assertThat(other.substring(e.get("start").asInt(), e.get("end").asInt()))
              .isEqualTo(e.get("text").asText());
        }
      }
    }
  }

  @Test
  void reportHasAnIndexAndOnePagePerMultiVersionStory() throws Exception {
    assertThat(out.resolve("report/index.html")).exists();
    try (var pages = Files.list(out.resolve("report/stories"))) {
      assertThat(pages.count()).isEqualTo(summary.stories().multiVersion());
    }
    assertThat(out.resolve("summary.json")).exists();
    assertThat(OutputRows.json(out.resolve("summary.json")).get("stageSeconds").has("cluster"))
        .isTrue();
  }

  private static boolean matches(JsonNode change, JsonNode planted) {
    if (!change.get("articleId").asText().equals(planted.get("articleId").asText())
        || !change.get("change").asText().equals(planted.get("change").asText())
        || !change.get("kind").asText().equals(planted.get("kind").asText())) {
      return false;
    }
    String match = straighten(planted.get("match").asText());
    if (straighten(change.get("text").asText("")).contains(match)
        || straighten(change.get("detail").asText("")).contains(match)) {
      return true;
    }
    for (JsonNode other : change.get("others")) {
      if (straighten(other.get("text").asText("")).contains(match)) {
        return true;
      }
    }
    return false;
  }

  private static String straighten(String s) {
    return org.storydiff.text.TextNormalizer.foldPunctuation(s);
  }
}
