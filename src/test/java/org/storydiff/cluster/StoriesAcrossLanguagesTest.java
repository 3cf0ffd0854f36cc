package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Article;
import org.storydiff.text.SentenceSplitter;

/** Versions of one story in two languages join on names, numbers and dates, not on words. */
class StoriesAcrossLanguagesTest {

  private static final String EN_FLOOD =
      "Floods in Marvella killed 27 people on Tuesday, Governor Ilse Brandvik said. The river"
          + " Oderhal rose 4.5 metres overnight and 12,400 residents of Kessenrode were evacuated.";
  private static final String DE_FLOOD =
      "Bei Überschwemmungen in Marvella sind am Dienstag 27 Menschen ums Leben gekommen, wie"
          + " Gouverneurin Ilse Brandvik mitteilte. Die Oderhal stieg über Nacht um 4,5 Meter, 12.400"
          + " Bewohner von Kessenrode wurden in Sicherheit gebracht.";
  private static final String EN_MARKET =
      "Shares of Telvaro fell 8 percent in Lisbon after chief executive Ruben Casquilho quit. The"
          + " company had lost 310 million euros in the third quarter, analysts at Brisca noted.";
  private static final String DE_TRADE =
      "Der Handelsstreit zwischen Norland und Vesteria hat sich am Mittwoch verschärft. Minister"
          + " Aurel Quast kündigte Zölle auf Stahl aus Vesteria an, die Regierung in Tallmark"
          + " protestierte.";

  private final SentenceSplitter splitter = new SentenceSplitter();

  private ClusterInput input(String id, String body, String language) {
    Article article = new Article(id, "Wire", body, null, null, null, language);
    return ClusterInput.analyze(article, splitter.split(body, language));
  }

  @Test
  void aGermanVersionJoinsTheEnglishOneOfItsStoryAndNoOther() {
    Map<String, String> stories =
        new LocalStoryClusterer()
            .storyIds(
                List.of(
                    input("en-flood", EN_FLOOD, "en"),
                    input("de-flood", DE_FLOOD, "de"),
                    input("en-market", EN_MARKET, "en"),
                    input("de-trade", DE_TRADE, "de")));

    assertThat(stories.get("de-flood")).isEqualTo(stories.get("en-flood"));
    assertThat(stories.get("en-market")).isNotEqualTo(stories.get("en-flood"));
    assertThat(stories.get("de-trade"))
        .isNotEqualTo(stories.get("en-flood"))
        .isNotEqualTo(stories.get("en-market"));
  }

  @Test
  void numbersCountTheSameInEitherLanguagesWriting() {
    Featurizer featurizer = new Featurizer();
    Map<String, Double> german = featurizer.terms(input("de-flood", DE_FLOOD, "de"));
    Map<String, Double> english = featurizer.terms(input("en-flood", EN_FLOOD, "en"));

    assertThat(german).containsKeys("n:12400", "n:27", "e:brandvik");
    assertThat(english).containsKeys("n:12400", "n:27", "e:brandvik");
    assertThat(german).doesNotContainKey("n:12.400");
  }

  @Test
  void aCorpusOfOneLanguageGetsNoKeysAcrossLanguages() {
    List<ClusterInput> english =
        List.of(input("en-flood", EN_FLOOD, "en"), input("en-market", EN_MARKET, "en"));
    LocalStoryClusterer clusterer = new LocalStoryClusterer();
    DocumentFrequencies df = DocumentFrequencies.count(clusterer.features(english));

    assertThat(df.isMultilingual()).isFalse();
    assertThat(
            DocumentFrequencies.count(
                    clusterer.features(
                        List.of(input("en-flood", EN_FLOOD, "en"), input("de", DE_FLOOD, "de"))))
                .isMultilingual())
        .isTrue();
  }

  @Test
  void aKeyAcrossLanguagesPairsOnlyArticlesOfTwoLanguages() {
    TermVector v = TermVector.of(Map.of("e:brandvik", 1.0, "flood", 1.0));
    List<ClusterItem> items =
        List.of(
            new ClusterItem("a", v, null, LocalDensity.FLOOR, "en"),
            new ClusterItem("b", v, null, LocalDensity.FLOOR, "en"),
            new ClusterItem("c", v, null, LocalDensity.FLOOR, "de"));
    long key = BlockingKeys.acrossLanguages(v, dfOf(3, "e:brandvik"), 8, 100)[0];

    assertThat(BlockingKeys.isAcrossLanguages(key)).isTrue();
    List<int[]> pairs =
        CandidatePairs.of(
            items, List.of(new long[] {key}, new long[] {key}, new long[] {key}), 100, 7);
    assertThat(pairs).extracting(p -> p[0] + "-" + p[1]).containsExactly("0-2", "1-2");
  }

  @Test
  void articlesInTwoLanguagesAreComparedOnNamesNumbersAndDatesAlone() {
    TermVector german = TermVector.of(Map.of("e:brandvik", 1.0, "n:27", 1.0, "überschwemm", 3.0));
    TermVector english = TermVector.of(Map.of("e:brandvik", 1.0, "n:27", 1.0, "flood", 3.0));
    ArticleSimilarity similarity = new ArticleSimilarity(7);

    double across =
        similarity.raw(
            new ClusterItem("d", german, null, LocalDensity.FLOOR, "de"),
            new ClusterItem("e", english, null, LocalDensity.FLOOR, "en"));
    double unknown =
        similarity.raw(new ClusterItem("d", german, null), new ClusterItem("e", english, null));

    assertThat(across).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(unknown).isLessThan(0.2);
  }

  private static DocumentFrequencies dfOf(long documents, String term) {
    return DocumentFrequencies.of(documents, Map.of(TermHash.of(term), 3));
  }
}
