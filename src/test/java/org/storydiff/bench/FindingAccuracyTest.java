package org.storydiff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.bench.PlantedArticle.Edit;

/** The benchmark's matching rule on a three-version story with one edit of each kind. */
class FindingAccuracyTest {

  private static final String TOLL = "At least 12 miners were trapped after the tunnel collapsed.";

  private final Map<String, PlantedArticle> corpus = corpus();

  private static Map<String, PlantedArticle> corpus() {
    Map<String, PlantedArticle> c = new LinkedHashMap<>();
    c.put(
        "a",
        new PlantedArticle(
            "a",
            1,
            0,
            List.of("lead", "d1", "q1"),
            List.of(
                new Edit("changed", "figure", "trapped", "12 miners", "15 miners", "contradiction"),
                new Edit("form", "quote-marks", null, null, null, "curly quotation marks"))));
    c.put(
        "b",
        new PlantedArticle(
            "b",
            1,
            1,
            List.of("lead", "q1", "a0"),
            List.of(
                new Edit(
                    "omitted",
                    "sentence",
                    "d1",
                    "Rescuers drilled a narrow shaft through the night.",
                    null,
                    null),
                new Edit(
                    "added",
                    "sentence",
                    "a0",
                    null,
                    "The mine had been closed twice for safety checks.",
                    null))));
    c.put(
        "c",
        new PlantedArticle(
            "c",
            1,
            2,
            List.of("lead", "d1", "q1"),
            List.of(
                new Edit(
                    "changed",
                    "quote",
                    "q1",
                    "We will reach them",
                    "We will really reach them",
                    "reworded"))));
    c.put(
        "single",
        new PlantedArticle(
            "single",
            2,
            0,
            List.of("lead"),
            List.of(
                new Edit(
                    "added",
                    "sentence",
                    "a0",
                    null,
                    "A lone version cannot add anything.",
                    null))));
    return c;
  }

  @Test
  void everyReportablePlantedEditFoundByItsFindingCountsOnce() {
    List<ReportedFinding> findings =
        List.of(
            new ReportedFinding(
                "a", "changed", "figure", "15 miners", "", "miners: 12 → 15 (contradiction)"),
            new ReportedFinding(
                "b",
                "omitted",
                "statement",
                null,
                "Rescuers drilled a narrow shaft overnight.\n",
                "x"),
            new ReportedFinding(
                "b",
                "added",
                "statement",
                "The mine had been closed twice for safety checks.",
                "",
                null),
            new ReportedFinding(
                "c",
                "changed",
                "quote",
                "We will really reach them",
                "",
                "reworded: added \"really\""));

    FindingAccuracy.Result r = new FindingAccuracy(corpus, findings).score();

    assertThat(r.recall())
        .extracting(
            FindingAccuracy.Tally::category,
            FindingAccuracy.Tally::found,
            FindingAccuracy.Tally::reportable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("added sentence", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("changed figure", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("changed quote", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("omitted sentence", 1L, 1L));
    assertThat(r.supported()).isEqualTo(4);
    assertThat(r.reported()).isEqualTo(4);
  }

  @Test
  void theOtherSideOfAChangedFigureIsSupportedAndAnUnrelatedFindingIsNot() {
    List<ReportedFinding> findings =
        List.of(
            new ReportedFinding("b", "changed", "figure", "12 miners", "", "miners: 15 → 12"),
            new ReportedFinding("c", "changed", "figure", "40 tonnes", "", "tonnes: 30 → 40"),
            new ReportedFinding("a", "added", "statement", TOLL, "", null));

    FindingAccuracy.Result r = new FindingAccuracy(corpus, findings).score();

    assertThat(r.precision())
        .extracting(
            FindingAccuracy.Tally::category,
            FindingAccuracy.Tally::supported,
            FindingAccuracy.Tally::reported)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("added statement", 0L, 1L),
            org.assertj.core.groups.Tuple.tuple("changed figure", 1L, 2L));
    assertThat(r.found()).isZero();
    assertThat(r.reportable()).as("the single-version story's edit is not reportable").isEqualTo(4);
  }
}
