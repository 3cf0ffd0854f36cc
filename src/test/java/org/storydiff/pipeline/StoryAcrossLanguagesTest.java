package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Finding;
import org.storydiff.model.StoryResult;

/** A story whose versions are in two languages compares statements within each language only. */
class StoryAcrossLanguagesTest {

  private static final String EN_A =
      "A bus fell into a ravine near Valdoria on Sunday, killing 12 people. Rescuers said 30"
          + " passengers were wounded. The driver had worked for the company for ten years.";
  private static final String EN_B =
      "A bus fell into a ravine near Valdoria on Sunday, killing 12 people. Rescuers said 34"
          + " passengers were wounded. The driver had worked for the company for ten years.";
  private static final String FR =
      "Un autocar est tombé dans un ravin près de Valdoria dimanche, faisant 12 morts. Les"
          + " secours ont fait état de 30 blessés.";

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  @Test
  void versionsAreAlignedAndComparedOnlyWithTheirOwnLanguage() {
    StoryResult result =
        new StoryPipeline()
            .process(
                "s1",
                List.of(
                    analyzed("en-a", EN_A, "en"),
                    analyzed("en-b", EN_B, "en"),
                    analyzed("fr-a", FR, "fr"),
                    analyzed("fr-b", FR, "fr")));

    Map<String, String> language =
        result.versions().stream()
            .collect(Collectors.toMap(AnalyzedArticle::id, v -> v.article().language()));
    assertThat(result.alignments()).isNotEmpty();
    assertThat(result.alignments())
        .allSatisfy(
            a -> assertThat(language.get(a.articleA())).isEqualTo(language.get(a.articleB())));
    assertThat(result.alignments()).anySatisfy(a -> assertThat(a.articleA()).isEqualTo("fr-a"));

    // The English pair differs in one figure; the French versions, shorter and identical, add and
    // leave out nothing, though they lack the English versions' third sentence.
    assertThat(result.findings()).isNotEmpty();
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.articleId()).startsWith("en-"))
        .anySatisfy(f -> assertThat(f.change()).isEqualTo(ChangeType.CHANGED));
    assertThat(result.findings().stream().map(Finding::change)).doesNotContain(ChangeType.OMITTED);
  }

  @Test
  void aStoryInOneLanguageIsComparedAsBefore() {
    List<AnalyzedArticle> english =
        List.of(analyzed("en-a", EN_A, "en"), analyzed("en-b", EN_B, "en"));
    List<AnalyzedArticle> mixed =
        List.of(english.get(0), english.get(1), analyzed("fr-a", FR, "fr"));

    StoryResult alone = new StoryPipeline().process("s1", english);
    StoryResult withFrench = new StoryPipeline().process("s1", mixed);

    assertThat(withFrench.findings()).isEqualTo(alone.findings());
    assertThat(withFrench.alignments()).isEqualTo(alone.alignments());
  }

  private static final String EN_TOLL_12 =
      "A bus fell into a ravine near Valdoria on Sunday. Twelve people were killed and 30 were"
          + " wounded, the regional governor said.";
  private static final String FR_TOLL_15 =
      "Un autocar est tombé dans un ravin près de Valdoria dimanche. L'accident a fait 15 morts"
          + " et 30 blessés, selon le gouverneur régional.";
  private static final String DE_TOLL_12 =
      "Ein Bus ist am Sonntag bei Valdoria in eine Schlucht gestürzt. Es gab 12 Tote und 30"
          + " Verletzte, teilte der Gouverneur mit.";

  @Test
  void aTollThatOtherLanguagesGiveDifferentlyIsAChangeAtMediumConfidence() {
    StoryResult result =
        new StoryPipeline()
            .process(
                "s1",
                List.of(
                    analyzed("en-a", EN_TOLL_12, "en"),
                    analyzed("en-b", EN_TOLL_12, "en"),
                    analyzed("fr-a", FR_TOLL_15, "fr"),
                    analyzed("de-a", DE_TOLL_12, "de")));

    assertThat(result.findings()).hasSize(1);
    Finding toll = result.findings().get(0);
    assertThat(toll.articleId()).isEqualTo("fr-a");
    assertThat(toll.change()).isEqualTo(ChangeType.CHANGED);
    assertThat(toll.text()).isEqualTo("15 morts");
    assertThat(toll.detail())
        .startsWith("killed (the regional governor): 12 → 15 (contradiction) in de, en;");
    assertThat(toll.confidence()).isEqualTo(org.storydiff.model.Confidence.MEDIUM);
    assertThat(toll.others())
        .extracting(e -> e.articleId())
        .containsExactly("de-a", "en-a", "en-b");
    // The toll is one fact across the languages: one group holds every version's figure.
    org.storydiff.model.FactGroup group =
        result.groups().stream()
            .filter(g -> g.groupId().equals(toll.groupId()))
            .findFirst()
            .orElseThrow();
    assertThat(group.members())
        .extracting(org.storydiff.model.FactGroup.Member::articleId)
        .containsExactlyInAnyOrder("de-a", "en-a", "en-b", "fr-a");
    assertThat(group.stateOf("fr-a")).isEqualTo(org.storydiff.model.FactState.CHANGED);
    assertThat(group.stateOf("en-a")).isEqualTo(org.storydiff.model.FactState.PRESENT);
  }

  @Test
  void twoLanguagesThatAgreeOrOnlyRefineAreNotReported() {
    String frAtLeast10 = FR_TOLL_15.replace("15 morts", "au moins 10 morts");
    StoryResult result =
        new StoryPipeline()
            .process(
                "s1",
                List.of(
                    analyzed("en-a", EN_TOLL_12, "en"),
                    analyzed("fr-a", frAtLeast10, "fr"),
                    analyzed("de-a", DE_TOLL_12, "de")));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aVersionWithTwoTollsOfOneOutcomeTakesNoPart() {
    String twoTolls = FR_TOLL_15 + " Un premier bilan faisait état de 9 morts.";
    StoryResult result =
        new StoryPipeline()
            .process(
                "s1",
                List.of(analyzed("en-a", EN_TOLL_12, "en"), analyzed("fr-a", twoTolls, "fr")));

    assertThat(result.findings()).isEmpty();
  }

  private AnalyzedArticle analyzed(String id, String body, String language) {
    Article article =
        new Article(id, id.substring(0, 2) + "-agency", body, null, null, null, language);
    return ((ArticleAnalysis.Done) analyzer.analyzeWithin(article)).article();
  }
}
