package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  @Test
  void perfectClusteringScoresOne() {
    BCubed.Score s =
        BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", 1, "b", 1, "c", 2));

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  /** Worked by hand: gold {a,b,c} {d}; predicted {a,b} {c,d}. */
  @Test
  void matchesAHandWorkedExample() {
    BCubed.Score s =
        BCubed.score(
            Map.of("a", "p", "b", "p", "c", "q", "d", "q"), Map.of("a", 1, "b", 1, "c", 1, "d", 2));

    // precision: a 2/2, b 2/2, c 1/2, d 1/2 → 3/4; recall: a 2/3, b 2/3, c 1/3, d 1/1 → 2/3
    assertThat(s.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), within(1e-12));
  }

  @Test
  void theContingencyTableGivesTheSameScore() {
    BCubed.Score byArticle =
        BCubed.score(
            Map.of("a", "p", "b", "p", "c", "q", "d", "q"), Map.of("a", 1, "b", 1, "c", 1, "d", 2));
    BCubed.Score byCells =
        BCubed.fromCells(
            java.util.List.of(
                new BCubed.Cell("p", 1, 2),
                new BCubed.Cell("q", 1, 1),
                new BCubed.Cell("q", 2, 1)));

    assertThat(byCells.precision()).isCloseTo(byArticle.precision(), within(1e-12));
    assertThat(byCells.recall()).isCloseTo(byArticle.recall(), within(1e-12));
    assertThat(byCells.predictedClusters()).isEqualTo(2);
    assertThat(byCells.goldClusters()).isEqualTo(2);
  }

  @Test
  void aMissingArticleIsAWrongSingletonAndExtraArticlesAreIgnored() {
    BCubed.Score s = BCubed.score(Map.of("a", "p", "zz", "p"), Map.of("a", 1, "b", 1));

    // a: predicted {a} (zz is not in the gold) → P 1, R 1/2; b missing → P 1, R 1/2
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.missing()).isEqualTo(1);
  }

  @Test
  void goldFileShapeIsChecked() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(GoldClusters.parse(json.readTree("{\"clusters\": [[\"a\", \"b\"], [\"c\"]]}"), "g"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 0, "c", 1));
    assertThatThrownBy(() -> GoldClusters.parse(json.readTree("{\"stories\": []}"), "g"))
        .hasMessageContaining("expected {\"clusters\"");
    assertThatThrownBy(
            () -> GoldClusters.parse(json.readTree("{\"clusters\": [[\"a\"], [\"a\"]]}"), "g"))
        .hasMessageContaining("article a is in two clusters");
    assertThatThrownBy(() -> BCubed.score(Map.of(), Map.of())).hasMessageContaining("at least one");
  }
}
