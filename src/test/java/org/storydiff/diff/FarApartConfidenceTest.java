package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;

/**
 * Values far apart are more likely two facts than one fact revised: such a change is shown, but
 * low, with the reason.
 */
class FarApartConfidenceTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void countsMoreThanTwiceApartAreLowWithTheReason() {
    assertLowBecause(
        FigureVersions.figureChanges(
            "Police said 3 people were wounded in the blast on Tuesday.",
            "Police said 40 people were wounded in the blast on Tuesday."),
        "more than twice apart");
  }

  @Test
  void aCountRevisedWithinTwiceIsStillAsserted() {
    assertAsserted(
        FigureVersions.figureChanges(
            "Police said 130 people were wounded in the blast on Tuesday.",
            "Police said 134 people were wounded in the blast on Tuesday."));
  }

  @Test
  void oneNearValueAmongSeveralKeepsTheChangeAsserted() {
    // a toll reported as it rose: the early 3 is far from 10, the 9 is near it
    List<Finding> changes =
        changedFiguresOf(
            "a",
            "Officials said the quake killed at least 10 people on Sunday.",
            "Officials said the quake killed at least 3 people on Sunday.",
            "Officials said the quake killed at least 9 people on Sunday.");
    assertAsserted(changes);
  }

  /** Two quakes' tolls in one story: the others' values do not tell one count revised. */
  @Test
  void aGroupWithThreeDifferentValuesElsewhereIsLow() {
    List<Finding> changes =
        changedFiguresOf(
            "a",
            "Officials said the quake killed at least 7 people on Sunday.",
            "Officials said the quake killed 10 people on Sunday.",
            "Officials said the quake killed at least 6 people on Sunday.",
            "Officials said the quake killed at least 3 people on Sunday.");
    assertLowBecause(changes, "give 3 different values");
  }

  @Test
  void twoDifferentValuesElsewhereStayAsserted() {
    List<Finding> changes =
        changedFiguresOf(
            "a",
            "Officials said the quake killed at least 7 people on Sunday.",
            "Officials said the quake killed 10 people on Sunday.",
            "Officials said the quake killed at least 6 people on Sunday.",
            "Officials said the quake killed 10 people on Sunday.");
    assertAsserted(changes);
  }

  /** The changed-figure rows of version {@code id} among versions a, b, c, ... of one sentence. */
  private List<Finding> changedFiguresOf(String id, String... versions) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int v = 0; v < versions.length; v++) {
      articles.add(FigureVersions.sentences(String.valueOf((char) ('a' + v)), versions[v]));
    }
    return detector.find("s", articles, List.of()).stream()
        .filter(
            f ->
                f.kind() == FactKind.FIGURE
                    && f.change() == ChangeType.CHANGED
                    && f.articleId().equals(id))
        .toList();
  }

  @Test
  void bareNumbersWithoutAUnitAreLow() {
    assertLowBecause(
        FigureVersions.figureChanges(
            "The new model has the same display as the 11 - inch one, at a lower price.",
            "The new model has the same display as the 15 - inch one, at a lower price."),
        "has no unit");
  }

  @Test
  void clockTimesHoursApartAreLowAndMinutesApartAreAsserted() {
    assertLowBecause(
        FigureVersions.figureChanges(
            "The quake struck at 4:43 a.m. local time, the survey said.",
            "The quake struck at 7:48 a.m. local time, the survey said."),
        "3 hours or more apart");
    assertAsserted(
        FigureVersions.figureChanges(
            "The first vessel reached the ferry at 05:35 GMT, the coastguard said.",
            "The first vessel reached the ferry at 05:55 GMT, the coastguard said."));
  }

  @Test
  void rangesCompareByTheirNearestBoundsAndZeroIsNeverTooFar() {
    Figure ten = amount(10);
    Figure oneToTwo =
        new Figure("r", 0, 0, 3, "1-2", null, 1.0, 2.0, "jurors", null, null, null, null, null);
    Figure fourToSix =
        new Figure("r", 0, 0, 3, "4-6", null, 4.0, 6.0, "jurors", null, null, null, null, null);
    assertThat(FindingConfidence.tooFarApart(ten, oneToTwo)).isNotNull();
    assertThat(FindingConfidence.tooFarApart(ten, fourToSix)).isNull();
    assertThat(FindingConfidence.tooFarApart(ten, amount(0))).isNull();
    assertThat(FindingConfidence.tooFarApart(ten, amount(20))).isNull();
    assertThat(FindingConfidence.tooFarApart(ten, amount(21))).isNotNull();
  }

  /** Some changes were found, each low with {@code reason} in its detail. */
  private static void assertLowBecause(List<Finding> changes, String reason) {
    assertThat(changes)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(f.detail()).contains(reason);
            });
  }

  /** Some changes were found, and none is low. */
  private static void assertAsserted(List<Finding> changes) {
    assertThat(changes)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isNotEqualTo(Confidence.LOW));
  }

  private static Figure amount(double value) {
    return Figure.amount("f" + value, 0, 0, "x", value, "jurors", null, null);
  }
}
