package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.model.Confidence;

/** A game's statistics are asserted as changed only when both sides name whose they are. */
class StatisticConfidenceTest {

  @Test
  void aStatisticWhoseHolderIsReadOnOneSideOnlyIsLow() {
    assertThat(
            FigureVersions.figureChanges(
                "The receiver finished with 101 yards as the Colts won on Sunday.",
                "The Colts won on Sunday, and Marvin Harrison finished with 605 yards."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void aStatisticOfOneNamedPlayerIsAsserted() {
    assertThat(
            FigureVersions.figureChanges(
                "Tomas Varga scored 23 points as Eastbury won on Friday.",
                "Eastbury won on Friday, with Tomas Varga scoring 27 points."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isNotEqualTo(Confidence.LOW));
  }
}
