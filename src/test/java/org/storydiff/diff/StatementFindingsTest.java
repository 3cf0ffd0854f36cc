package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

/** Statements omitted or added when versions merge, split and paraphrase (issue 19). */
class StatementFindingsTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void clauseOfAMergedSentenceThatOneVersionLacksIsOmittedThere() {
    var a =
        version("a")
            .sentence(
                "The governor declared a state of emergency across the northern province and"
                    + " ordered every school in the district to close.")
            .build();
    var b =
        version("b")
            .sentence("The governor declared a state of emergency across the northern province.")
            .sentence("Every school in the district was ordered to close.")
            .build();
    var c = version("c").sentence("The governor ordered every district school to close.").build();
    var d =
        version("d")
            .sentence(
                "Officials said the governor had declared a state of emergency across the northern"
                    + " province.")
            .sentence("All schools in the district were told to close.")
            .build();
    List<Finding> findings =
        detector.find(
            "s",
            List.of(a, b, c, d),
            links(
                link(a, 0, b, 0),
                link(a, 0, b, 1),
                link(a, 0, c, 0),
                link(b, 1, c, 0),
                link(a, 0, d, 0),
                link(a, 0, d, 1),
                link(b, 0, d, 0),
                link(b, 1, d, 1),
                link(c, 0, d, 1)));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("c");
              assertThat(f.change()).isEqualTo(ChangeType.OMITTED);
              assertThat(f.kind()).isEqualTo(FactKind.STATEMENT);
              assertThat(f.others())
                  .extracting(e -> e.text())
                  .allMatch(t -> t.contains("state of emergency"));
            });
  }

  @Test
  void versionThatOnlyOneOtherVersionSplitsIsNoOmission() {
    var a =
        version("a")
            .sentence(
                "The governor declared a state of emergency across the northern province and"
                    + " ordered every school in the district to close.")
            .build();
    var b =
        version("b")
            .sentence("The governor declared a state of emergency across the northern province.")
            .sentence("Every school in the district was ordered to close.")
            .build();
    var c = version("c").sentence("The governor ordered every district school to close.").build();
    List<Finding> findings =
        detector.find(
            "s",
            List.of(a, b, c),
            links(link(a, 0, b, 0), link(a, 0, b, 1), link(a, 0, c, 0), link(b, 1, c, 0)));
    assertThat(findings).isEmpty();
  }

  @Test
  void statementWithAnAgeIsOmittedWhereTheNumberOnlyAppearsInAnotherFact() {
    var a =
        version("a")
            .sentence("The ship's 61-year-old captain was arrested at the port on arrival.")
            .figure("61-year-old", 61, null, null)
            .build();
    var b =
        version("b")
            .sentence("Its captain, 61, was arrested on arrival at the port.")
            .figure("61", 61, null, null)
            .build();
    var c =
        version("c")
            .sentence("The ferry was carrying 61 cars and a dozen lorries.")
            .figure("61 cars", 61, "cars", null)
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), links(link(a, 0, b, 0)));
    assertThat(findings)
        .filteredOn(f -> f.change() == ChangeType.OMITTED)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("c");
              assertThat(f.kind()).isEqualTo(FactKind.STATEMENT);
            });
  }

  @Test
  void statementWhoseFigureIsAlreadyReportedOmittedIsNotReportedTwice() {
    var a =
        version("a")
            .sentence("More than 130 people were wounded in the attack on the barracks.")
            .figure("More than 130 people", 130, "wounded", "more than")
            .build();
    var b =
        version("b")
            .sentence("The attack on the barracks wounded more than 130 people.")
            .figure("more than 130 people", 130, "wounded", "more than")
            .build();
    var c = version("c").sentence("Officials condemned the attack on the barracks.").build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), links(link(a, 0, b, 0)));
    assertThat(findings)
        .filteredOn(f -> f.change() == ChangeType.OMITTED)
        .extracting(Finding::articleId, Finding::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("c", FactKind.FIGURE));
  }

  @Test
  void detailThatOnlyOneOtherVersionAddsIsNoOmission() {
    var a =
        version("a")
            .sentence(
                "Police closed the bridge after the crash and diverted traffic through the old"
                    + " harbour district for several hours.")
            .build();
    var b = version("b").sentence("Police closed the bridge after the crash.").build();
    var c = version("c").sentence("The bridge was closed by police after the crash.").build();
    List<Finding> findings =
        detector.find(
            "s", List.of(a, b, c), links(link(a, 0, b, 0), link(a, 0, c, 0), link(b, 0, c, 0)));
    assertThat(findings).filteredOn(f -> f.change() == ChangeType.OMITTED).isEmpty();
  }

  private static Alignment link(AnalyzedArticle a, int sa, AnalyzedArticle b, int sb) {
    return new Alignment(a.id(), sa, b.id(), sb, 0.9, Relation.CHANGED);
  }

  private static List<Alignment> links(Alignment... alignments) {
    return new ArrayList<>(List.of(alignments));
  }
}
