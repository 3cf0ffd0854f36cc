package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring must equal the reference scorer's: multisets per article, Python's float() for gold. */
class FigureValueScorerTest {

  @TempDir Path temp;

  @Test
  void goldValuesReadAsPythonFloatReadsThemAndRangesAreSkipped() throws Exception {
    Path gold = temp.resolve("gold.json");
    Files.writeString(
        gold,
        """
        {"sentences": [
          {"articleId": "a", "quantities": [{"value": "800000000.0"}, {"value": 19}, {"value": " 12 "},
             {"value": "1_000"}, {"value": "1e3"}, {"value": "252.0-287.0"}, {"value": null}, {"value": "-"},
             {"value": [1]}, {"value": true}, {"value": "12f"}]},
          {"articleId": "b", "quantities": []}
        ]}""");
    assertThat(FigureValueScorer.readGold(gold))
        .containsEntry("a", List.of(8.0e8, 19.0, 12.0, 1000.0, 1000.0, 1.0))
        .containsEntry("b", List.of());
  }

  @Test
  void valuesAreMatchedAsMultisetsPerArticleWithinARelativeMillionth() {
    Map<String, List<Double>> gold = Map.of("a", List.of(2.0, 2.0, 1.5e9), "b", List.of(7.0));
    Map<String, List<Double>> predicted =
        Map.of("a", List.of(2.0, 1.5e9 + 1, 3.0), "b", List.of(), "not-in-gold", List.of(9.0));
    ValueScore s = FigureValueScorer.score(gold, predicted);
    assertThat(s).isEqualTo(new ValueScore(2, 1, 2));
    assertThat(s.figureValuesLine())
        .isEqualTo("figure values P=0.667 R=0.500 F1=0.571 (tp=2 fp=1 fn=2)");
  }

  @Test
  void emptyScoresAreZeroNotNaN() {
    assertThat(FigureValueScorer.score(Map.of(), Map.of()).figureValuesLine())
        .isEqualTo("figure values P=0.000 R=0.000 F1=0.000 (tp=0 fp=0 fn=0)");
  }

  @Test
  void goldWithoutSentencesIsRejectedWithTheExpectedShape() throws Exception {
    Path gold = Files.writeString(temp.resolve("g.json"), "{\"articles\": []}");
    assertThatThrownBy(() -> FigureValueScorer.readGold(gold))
        .hasMessageContaining("\"sentences\"");
  }
}
