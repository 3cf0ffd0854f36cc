package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringVectorTest {

  private static final String[] PREFIXES = {"", "e:", "n:", "d:"};

  @Test
  void cosinesOfTwoArticlesAreExactlyThoseOfTheirFullVectors() {
    Random random = new Random(7);
    List<Map<String, Double>> articles = new ArrayList<>();
    for (int a = 0; a < 60; a++) {
      Map<String, Double> weights = new HashMap<>();
      for (int t = 0; t < 40; t++) {
        // A small shared vocabulary and a large one mostly held by one article.
        String word = random.nextBoolean() ? "w" + random.nextInt(30) : "r" + random.nextInt(5000);
        weights.put(PREFIXES[random.nextInt(4)] + word, 0.1 + random.nextDouble());
      }
      articles.add(weights);
    }
    DocumentFrequencies df = frequencies(articles);
    List<TermVector> full = articles.stream().map(TermVector::of).toList();
    List<ScoringVector> scoring = full.stream().map(v -> ScoringVector.of(v, df)).toList();

    int compared = 0;
    for (int i = 0; i < full.size(); i++) {
      for (int j = 0; j < full.size(); j++) {
        if (i == j) {
          continue; // an article's own terms are all "shared" with itself
        }
        assertThat(scoring.get(i).cosine(scoring.get(j)))
            .isEqualTo(full.get(i).cosine(full.get(j)));
        assertThat(scoring.get(i).acrossLanguagesCosine(scoring.get(j)))
            .isEqualTo(full.get(i).acrossLanguagesCosine(full.get(j)));
        compared += full.get(i).cosine(full.get(j)) > 0 ? 1 : 0;
      }
    }
    assertThat(compared).as("pairs that share terms").isGreaterThan(1000);
    // Terms no other article holds are left out.
    assertThat(scoring.get(0).size()).isLessThan(articles.get(0).size());
  }

  @Test
  void anArticleWhoseTermsNoOtherHoldsScoresZeroWithAll() {
    Map<String, Double> alone = Map.of("e:kessenrode", 1.0, "dam", 2.0);
    Map<String, Double> other = Map.of("e:selzbach", 1.0, "dam", 1.0, "flood", 1.0);
    Map<String, Double> third = Map.of("e:selzbach", 2.0, "flood", 1.0);
    DocumentFrequencies df = frequencies(List.of(alone, other, third));
    // "dam" is shared by two articles, so it stays; "e:kessenrode" is held by one and goes.
    ScoringVector a = ScoringVector.of(TermVector.of(alone), df);
    ScoringVector b = ScoringVector.of(TermVector.of(other), df);
    assertThat(a.size()).isEqualTo(1);
    assertThat(a.cosine(b)).isEqualTo(TermVector.of(alone).cosine(TermVector.of(other)));
    assertThat(a.acrossLanguagesCosine(b)).isZero();
  }

  private static DocumentFrequencies frequencies(List<Map<String, Double>> articles) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Map<String, Double> article : articles) {
      Set<Long> ids = new HashSet<>();
      article.keySet().forEach(t -> ids.add(TermHash.of(t)));
      ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    }
    return DocumentFrequencies.of(articles.size(), counts);
  }
}
