package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactGroup;
import org.storydiff.model.Finding;
import org.storydiff.model.StoryResult;

/**
 * Seeded random stories whose versions are in one to four languages, with tolls given once, twice
 * or not at all: the story pipeline never throws, and every finding names a group that holds its
 * own figure and every counterpart it cites, with a state for every version.
 */
class RandomMultilingualStoriesTest {

  private static final Map<String, List<String>> SENTENCES =
      Map.of(
          "en",
          List.of(
              "A bus crashed near Valdoria on Sunday, killing %d people.",
              "At least %d people were injured, police said.",
              "Rescuers said %d passengers were wounded.",
              "\"We are doing all we can,\" Governor Ilse Brandvik said.",
              "The road was closed for %d hours."),
          "de",
          List.of(
              "Bei einem Busunglück nahe Valdoria gab es am Sonntag %d Tote.",
              "Mindestens %d Verletzte wurden gezählt, teilte die Polizei mit.",
              "„Wir tun alles, was wir können“, sagte Gouverneurin Ilse Brandvik.",
              "Die Straße war %d Stunden gesperrt."),
          "fr",
          List.of(
              "Un accident d'autocar près de Valdoria a fait %d morts dimanche.",
              "Au moins %d blessés ont été recensés, selon la police.",
              "« Nous faisons tout notre possible », a déclaré la gouverneure Ilse Brandvik."),
          "es",
          List.of(
              "Un accidente de autobús cerca de Valdoria causó %d muertos el domingo.",
              "Al menos %d heridos fueron atendidos, según la policía.",
              "«Hacemos todo lo posible», dijo la gobernadora Ilse Brandvik."));

  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final StoryPipeline pipeline = new StoryPipeline();

  @Test
  void randomStoriesInSeveralLanguagesKeepFindingsInTheirGroups() {
    Random random = new Random(20261207);
    int acrossLanguages = 0;
    for (int story = 0; story < 300; story++) {
      List<AnalyzedArticle> versions = new ArrayList<>();
      int count = 2 + random.nextInt(4);
      for (int v = 0; v < count; v++) {
        String language = LANGUAGES.get(random.nextInt(1 + random.nextInt(LANGUAGES.size())));
        List<String> pool = SENTENCES.get(language);
        StringBuilder body = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
          String template = pool.get(random.nextInt(pool.size()));
          body.append(String.format(template, 2 + random.nextInt(3)))
              .append(s % 2 == 0 ? " " : "\n\n");
        }
        String id = "s" + story + "-v" + v + "-" + language;
        versions.add(
            ((ArticleAnalysis.Done)
                    analyzer.analyzeWithin(
                        new Article(
                            id, "agency" + v, body.toString().strip(), null, null, null, language)))
                .article());
      }
      StoryResult result = pipeline.process("s" + story, versions);
      Map<String, FactGroup> groups = new HashMap<>();
      result.groups().forEach(g -> assertThat(groups.put(g.groupId(), g)).isNull());
      for (FactGroup g : result.groups()) {
        assertThat(g.states()).hasSize(versions.size());
      }
      for (Finding f : result.findings()) {
        acrossLanguages += f.detail().contains("compared across languages") ? 1 : 0;
        FactGroup g = groups.get(f.groupId());
        assertThat(g).as("group of %s", f).isNotNull();
        Set<String> carriers = new HashSet<>();
        g.members().forEach(m -> carriers.add(m.articleId()));
        for (Evidence e : f.others()) {
          assertThat(carriers).as("counterpart %s of %s", e, f).contains(e.articleId());
        }
      }
    }
    assertThat(acrossLanguages).as("rows comparing tolls across languages").isPositive();
  }
}
