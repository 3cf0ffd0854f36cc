package org.storydiff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

  private static final SyntheticCorpus CORPUS = new SyntheticCorpus(CorpusConfig.of(7, 600));

  private static List<GeneratedArticle> all(SyntheticCorpus corpus) {
    List<GeneratedArticle> out = new ArrayList<>();
    corpus.articles(0, corpus.stories()).forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSameSeedGivesTheSameCorpusAndAStoryAloneEqualsItInSequence() {
    List<GeneratedArticle> first = all(CORPUS);
    List<GeneratedArticle> again = all(new SyntheticCorpus(CorpusConfig.of(7, 600)));

    assertThat(again).isEqualTo(first);
    int story = CORPUS.stories() / 2;
    assertThat(CORPUS.story(story))
        .isEqualTo(first.stream().filter(g -> g.story() == story).toList());
    assertThat(all(new SyntheticCorpus(CorpusConfig.of(8, 600)))).isNotEqualTo(first);
  }

  @Test
  void exactlyTheRequestedArticlesWithUniqueIdsKnownWithoutGenerating() {
    List<GeneratedArticle> articles = all(CORPUS);

    assertThat(articles).hasSize(600);
    assertThat(articles.stream().map(g -> g.article().id()).distinct()).hasSize(600);
    for (GeneratedArticle g : articles) {
      assertThat(CORPUS.articleId(g.story(), g.version())).isEqualTo(g.article().id());
    }
  }

  @Test
  void storiesHaveSeveralAgenciesSingletonsAndRealisticLengths() {
    List<GeneratedArticle> articles = all(CORPUS);
    Map<Integer, List<GeneratedArticle>> byStory = new TreeMap<>();
    articles.forEach(g -> byStory.computeIfAbsent(g.story(), s -> new ArrayList<>()).add(g));

    long singletons = byStory.values().stream().filter(v -> v.size() == 1).count();
    assertThat((double) singletons / articles.size()).isBetween(0.12, 0.28);
    assertThat(byStory.values().stream().mapToInt(List::size).max().orElseThrow()).isBetween(5, 8);
    for (List<GeneratedArticle> versions : byStory.values()) {
      assertThat(versions.stream().map(g -> g.article().source()).distinct())
          .hasSize(versions.size());
    }
    for (GeneratedArticle g : articles) {
      int words = g.article().body().split("\\s+").length;
      assertThat(words).as(g.article().id()).isBetween(330, 1000);
      assertThat(g.article().publishedTime()).isNotNull();
    }
  }

  @Test
  void aSequelRepeatsThePlaceOfTheStoryItContinuesDaysLater() {
    List<GeneratedArticle> articles = all(new SyntheticCorpus(CorpusConfig.of(3, 3000)));
    GeneratedArticle sequel =
        articles.stream().filter(g -> g.sequelOf() >= 0).findFirst().orElseThrow();
    GeneratedArticle earlier =
        articles.stream().filter(g -> g.story() == sequel.sequelOf()).findFirst().orElseThrow();

    long gap =
        sequel.article().publishedTime().epochDay() - earlier.article().publishedTime().epochDay();
    assertThat(gap).isGreaterThanOrEqualTo(1);
    String place = firstCapitalizedRun(earlier.article().title());
    assertThat(sequel.article().body()).contains(place);
  }

  @Test
  void plantedFigureAndQuoteChangesAreWhatTheVersionWrites() {
    int checked = 0;
    for (GeneratedArticle g : all(CORPUS)) {
      String body = g.article().body().replace('\u201c', '"').replace('\u201d', '"');
      for (PlantedEdit e : g.edits()) {
        if (e.change().equals("changed")
            && e.kind().equals("figure")
            && !hasForm(g, "number-format")) {
          assertThat(body + " " + g.article().title()).contains(e.planted());
          checked++;
        } else if (e.change().equals("changed")
            && e.kind().equals("quote")
            && !e.note().equals("speaker")) {
          assertThat(body).contains(e.planted()).doesNotContain(e.canonical());
          checked++;
        } else if (e.change().equals("added")) {
          assertThat(g.sentenceKeys()).contains(e.key());
        } else if (e.change().equals("omitted")) {
          assertThat(g.sentenceKeys()).doesNotContain(e.key());
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void writesArticlesGoldAndPlantedFilesThatAgree(@TempDir Path dir) throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(CorpusConfig.of(11, 120));
    assertThat(CorpusFiles.write(corpus, dir)).isEqualTo(120);

    ObjectMapper json = new ObjectMapper();
    List<String> articleLines = Files.readAllLines(dir.resolve("articles.jsonl"));
    List<String> plantedLines = Files.readAllLines(dir.resolve("planted.jsonl"));
    assertThat(articleLines).hasSize(120);
    assertThat(plantedLines).hasSize(120);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < articleLines.size(); i++) {
      JsonNode a = json.readTree(articleLines.get(i));
      assertThat(a.get("body").asText()).isNotBlank();
      assertThat(json.readTree(plantedLines.get(i)).get("articleId").asText())
          .isEqualTo(a.get("id").asText());
      ids.add(a.get("id").asText());
    }
    JsonNode clusters = json.readTree(dir.resolve("gold.json").toFile()).get("clusters");
    assertThat(clusters).hasSize(corpus.stories());
    Set<String> inGold = new HashSet<>();
    clusters.forEach(c -> c.forEach(id -> assertThat(inGold.add(id.asText())).isTrue()));
    assertThat(inGold).isEqualTo(ids);
  }

  private static boolean hasForm(GeneratedArticle g, String kind) {
    return g.edits().stream().anyMatch(e -> e.change().equals("form") && e.kind().equals(kind));
  }

  private static String firstCapitalizedRun(String title) {
    for (Iterator<String> it = List.of(title.split("[ ,;:]+")).iterator(); it.hasNext(); ) {
      String w = it.next();
      if (w.length() > 3 && Character.isUpperCase(w.charAt(0)) && !w.equals(title.split(" ")[0])) {
        return w;
      }
    }
    return title;
  }
}
