package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Relation;
import org.storydiff.pipeline.ArticleAnalyzer;

class AlignmentGoldTest {

  @TempDir Path dir;

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  private AnalyzedArticle article(String id, String body) {
    return analyzer.analyze(new Article(id, "Agency", body, null, null, null, null));
  }

  private AlignmentGold.RawStory story(String statements) throws Exception {
    Path file = dir.resolve("gold.json");
    Files.writeString(
        file,
        "{\"stories\": [{\"story\": \"s\", \"articles\": [\"a\", \"b\", \"c\"], \"statements\": ["
            + statements
            + "]}]}",
        StandardCharsets.UTF_8);
    return AlignmentGold.read(file).get(0);
  }

  private final Map<String, AnalyzedArticle> articles =
      Map.of(
          "a", article("a", "The bridge closed on Monday. Repairs will take a week."),
          "b", article("b", "Repairs will take seven days. The bridge closed on Monday."),
          "c", article("c", "The bridge closed on Monday and repairs will take a week."));

  @Test
  void sameVariantIsSameAndPairsInOneArticleAreSkipped() throws Exception {
    AlignmentGold.Story s =
        AlignmentGold.resolve(
            story(
                "{\"about\": \"repairs\", \"sentences\": [[\"a\", \"Repairs will take a week\", \"x\"],"
                    + " [\"b\", \"seven days\", \"y\"], [\"c\", \"repairs will take\", \"x\"]]}"),
            articles);

    assertThat(s.sure())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                SentencePair.of("a", 1, "b", 0), Relation.CHANGED,
                SentencePair.of("a", 1, "c", 0), Relation.SAME,
                SentencePair.of("b", 0, "c", 0), Relation.CHANGED));
  }

  @Test
  void possiblePairsAreKeptApartFromRequiredOnes() throws Exception {
    AlignmentGold.Story s =
        AlignmentGold.resolve(
            story(
                "{\"about\": \"closed\", \"sentences\": [[\"a\", \"The bridge closed\", \"x\"], [\"b\", \"The bridge closed\", \"x\"]]},"
                    + "{\"about\": \"maybe\", \"possible\": true, \"sentences\": [[\"a\", \"The bridge closed\"], [\"b\", \"The bridge closed\"], [\"c\", \"and repairs\"]]}"),
            articles);

    assertThat(s.sure()).containsOnlyKeys(SentencePair.of("a", 0, "b", 1));
    assertThat(s.possible())
        .containsExactly(SentencePair.of("a", 0, "c", 0), SentencePair.of("b", 1, "c", 0));
  }

  @Test
  void aFragmentThatIsMissingOrRepeatedNamesTheEntry() throws Exception {
    assertThatThrownBy(
            () ->
                AlignmentGold.resolve(
                    story(
                        "{\"about\": \"x\", \"sentences\": [[\"a\", \"The tunnel\", \"x\"], [\"b\", \"The bridge\", \"x\"]]}"),
                    articles))
        .hasMessageContaining("not found in a: \"The tunnel\"");
    assertThatThrownBy(
            () ->
                AlignmentGold.resolve(
                    story(
                        "{\"about\": \"x\", \"sentences\": [[\"a\", \"e\", \"x\"], [\"b\", \"The bridge\", \"x\"]]}"),
                    articles))
        .hasMessageContaining("not unique");
  }

  @Test
  void scoresPrecisionAgainstAcceptablePairsAndRecallAgainstRequiredOnes() throws Exception {
    List<AlignmentGold.RawStory> gold =
        List.of(
            story(
                "{\"about\": \"closed\", \"sentences\": [[\"a\", \"The bridge closed\", \"x\"], [\"b\", \"The bridge closed\", \"x\"]]},"
                    + "{\"about\": \"repairs\", \"sentences\": [[\"a\", \"Repairs will take a week\", \"x\"], [\"b\", \"seven days\", \"y\"]]}"));
    Map<String, Article> input =
        Map.of(
            "a",
            articles.get("a").article(),
            "b",
            articles.get("b").article(),
            "c",
            articles.get("c").article());
    // A fake aligner: one right pair with the right relation, one extra pair.
    AlignmentEvaluation.Result r =
        new AlignmentEvaluation(
                v ->
                    List.of(
                        new org.storydiff.model.Alignment("a", 0, "b", 1, 0.9, Relation.SAME),
                        new org.storydiff.model.Alignment("a", 0, "c", 0, 0.6, Relation.CHANGED)),
                null)
            .evaluate(gold, input);

    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(0.5);
    assertThat(r.relationAccuracy()).isEqualTo(1.0);
  }
}
