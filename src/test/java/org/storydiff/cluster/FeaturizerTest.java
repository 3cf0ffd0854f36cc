package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.LightStemmer;

class FeaturizerTest {

  private final Featurizer featurizer = new Featurizer();

  private static Article article(String body, String title, String published) {
    return new Article("a1", "Wire", body, title, published, null, null);
  }

  /** One sentence per line, all BODY unless a kind is given by a leading tag. */
  private static List<Sentence> sentences(String body, SentenceKind... kinds) {
    List<Sentence> out = new java.util.ArrayList<>();
    int start = 0;
    for (String line : body.split("\n", -1)) {
      SentenceKind kind = out.size() < kinds.length ? kinds[out.size()] : SentenceKind.BODY;
      out.add(new Sentence(out.size(), start, start + line.length(), out.size(), kind));
      start += line.length() + 1;
    }
    return out;
  }

  @Test
  void contentTermsAreLowerCasedStemmedAndSkipStopWordsAndShortTokens() {
    String body = "The floods hit a village and x houses were flooded.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f)
        .containsKeys("flood", "hit", LightStemmer.stem("village"), LightStemmer.stem("houses"));
    assertThat(f).doesNotContainKeys("the", "a", "and", "x", "were", ".");
    // "floods" and "flooded" meet in one stem; both are lead sentences, so 2 + 2.
    assertThat(f.get("flood")).isEqualTo(4.0);
  }

  @Test
  void capitalizedRunsNotAtSentenceStartBecomeEntityPhrases() {
    String body = "Rescuers from the Red Cross reached Port Lomar on Friday.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f)
        .containsKeys("e:red cross", "e:red", "e:cross", "e:port lomar")
        .doesNotContainKey("e:rescuers");
  }

  @Test
  void weekdayNamesAreNotTermsSoUnrelatedMondayStoriesDoNotMatch() {
    String body = "Voters went to the polls on Monday in Dresvia.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f).doesNotContainKeys("monday", "e:monday").containsKey("e:dresvia");
  }

  @Test
  void titleCaseHeadlineGivesNoEntityPhrase() {
    String body = "Storm damage was limited.";
    Map<String, Double> f =
        featurizer.terms(
            ClusterInput.analyze(
                article(body, "Heavy Storm Batters Coastal Towns In The North", null),
                sentences(body)));

    assertThat(f).containsKey("batter").doesNotContainKey("e:storm batters");
    assertThat(f.keySet()).noneMatch(t -> t.startsWith("e:"));
  }

  @Test
  void nameDenseSentenceIsNotMistakenForTitleCase() {
    String body = "Officials said Maria Lenz met Tomas Berg in Port Lomar.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f).containsKeys("e:maria lenz", "e:tomas berg", "e:port lomar");
  }

  @Test
  void numbersNeedTenOrAUnit() {
    String body = "At least 134 people and 3 dogs were hurt, prices rose 4 percent by 08:20.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f).containsKeys("n:134", "n:4", "n:08:20").doesNotContainKey("n:3");
  }

  @Test
  void leadAndTitleWeighTwiceTheTailAndBoilerplateIsIgnored() {
    String body =
        "LOMAR, June 3 (Wire) -\nA ferry sank.\nCrews searched.\nThe ferry was old.\nReporting by Wire";
    List<Sentence> s =
        sentences(
            body,
            SentenceKind.DATELINE,
            SentenceKind.BODY,
            SentenceKind.BODY,
            SentenceKind.BODY,
            SentenceKind.CREDIT);
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, "Ferry disaster", null), s));

    // title 2 + lead 2 + tail 1
    assertThat(f.get("ferry")).isEqualTo(5.0);
    assertThat(f.get("crew")).isEqualTo(2.0);
    assertThat(f).doesNotContainKeys("lomar", "e:lomar", "reporting", "report");
  }

  @Test
  void featuresCarryThePublicationDayAndTheHashedTerms() {
    String body = "A ferry sank near Port Lomar.";
    ClusterFeatures f =
        featurizer.features(
            ClusterInput.analyze(article(body, null, "2026-11-24T08:20:00Z"), sentences(body)));
    Map<String, Double> terms =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    assertThat(f.publishedEpochDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 24).toEpochDay());
    assertThat(f.articleId()).isEqualTo("a1");
    assertThat(f.size()).isEqualTo(terms.size());
    terms.forEach((term, weight) -> assertThat(f.weight(term)).isEqualTo(weight.floatValue()));
  }

  @Test
  void writtenDatesBecomeDateTermsWeighingLikeNumbers() {
    String body =
        "The quake struck on November 12, 2011 near Port Lomar.\nIt was felt on 13 November.";
    Map<String, Double> f =
        featurizer.terms(ClusterInput.analyze(article(body, null, null), sentences(body)));

    // both sentences are lead sentences (weight 2), date terms weigh twice that
    assertThat(f)
        .containsEntry("d:11-12", 4.0)
        .containsEntry("d:2011-11", 4.0)
        .containsEntry("d:11-13", 4.0);
  }
}
