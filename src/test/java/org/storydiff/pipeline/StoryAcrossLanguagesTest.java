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

  private AnalyzedArticle analyzed(String id, String body, String language) {
    Article article =
        new Article(id, id.substring(0, 2) + "-agency", body, null, null, null, language);
    return ((ArticleAnalysis.Done) analyzer.analyzeWithin(article)).article();
  }
}
