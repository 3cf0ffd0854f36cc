package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.ContinuingStories;
import org.storydiff.model.Article;

class ContinuationEvaluationTest {

  @Test
  void chainedRunsRecoverTheStoriesThatSeparateRunsCutApart() {
    List<Article> all = new ArrayList<>(ContinuingStories.day1());
    all.addAll(ContinuingStories.day2());
    Map<String, Article> articles = new TreeMap<>();
    Map<String, Integer> gold = new TreeMap<>();
    for (Article a : all) {
      articles.put(a.id(), a);
      gold.put(a.id(), a.id().startsWith("fire") ? 1 : a.id().startsWith("port") ? 2 : 3);
    }

    ContinuationEvaluation.Result r =
        ContinuationEvaluation.evaluate(articles, gold, 2, ClusterSettings.defaults());

    assertThat(r.oneRun().f1()).isEqualTo(1.0);
    assertThat(r.separate().recall()).isLessThan(1.0);
    assertThat(r.chained().f1()).isEqualTo(1.0);
    assertThat(r.continued()).isPositive();
  }

  @Test
  void oneRunIsNotAChain() {
    assertThatThrownBy(
            () ->
                ContinuationEvaluation.evaluate(
                    Map.of(), Map.of("a", 1), 1, ClusterSettings.defaults()))
        .hasMessageContaining("--parts");
  }
}
