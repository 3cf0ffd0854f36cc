package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;

/** A game's statistics are asserted as changed only when both sides name whose they are. */
class StatisticConfidenceTest {

  private final FindingDetector detector = new FindingDetector();

  private List<Finding> figureChanges(String a, String b) {
    return detector
        .find(
            "s",
            List.of(FigureVersions.sentences("a", a), FigureVersions.sentences("b", b)),
            List.of())
        .stream()
        .filter(f -> f.kind() == FactKind.FIGURE && f.change() == ChangeType.CHANGED)
        .toList();
  }

  @Test
  void aStatisticWhoseHolderIsReadOnOneSideOnlyIsLow() {
    assertThat(
            figureChanges(
                "The receiver finished with 101 yards as the Colts won on Sunday.",
                "The Colts won on Sunday, and Marvin Harrison finished with 605 yards."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void aStatisticOfOneNamedPlayerIsAsserted() {
    assertThat(
            figureChanges(
                "Tomas Varga scored 23 points as Eastbury won on Friday.",
                "Eastbury won on Friday, with Tomas Varga scoring 27 points."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isNotEqualTo(Confidence.LOW));
  }

  /** One sentence per ". ", figures extracted as analysis does. */
}
