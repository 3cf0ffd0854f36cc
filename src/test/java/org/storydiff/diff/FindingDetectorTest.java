package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

class FindingDetectorTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void figureThatDiffersFromTheMajorityIsChangedOnlyInTheOutlier() {
    var a =
        version("a")
            .sentence("At least 35 people were killed in the raid.")
            .figure("At least 35 people", 35, "people killed", "at least")
            .build();
    var b =
        version("b")
            .sentence("The raid killed at least 35 people, officials said.")
            .figure("at least 35 people", 35, "people killed", "at least")
            .build();
    var c =
        version("c")
            .sentence("The raid killed 30 people, officials said.")
            .figure("30 people", 30, "people killed", null)
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), allAligned(a, b, c, 0, 0, 0));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("c");
              assertThat(f.change()).isEqualTo(ChangeType.CHANGED);
              assertThat(f.kind()).isEqualTo(FactKind.FIGURE);
              assertThat(f.text()).isEqualTo("30 people");
              assertThat(f.detail())
                  .isEqualTo(
                      "people killed: at least 35 → 30 (contradiction); medium confidence: a hedged"
                          + " figure (an estimate that may be updated)");
              assertThat(f.others()).extracting(e -> e.articleId()).containsExactly("a", "b");
            });
  }

  @Test
  void contradictionIsNamedInTheDetail() {
    var a =
        version("a")
            .sentence("The blast killed 35 people.")
            .figure("35 people", 35, "people killed", null)
            .build();
    var b =
        version("b")
            .sentence("The blast killed 40 people.")
            .figure("40 people", 40, "people killed", null)
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b), allAligned(a, b, 0, 0));
    // Two versions that disagree: no majority, so both carry a changed finding.
    assertThat(findings)
        .extracting(Finding::articleId, Finding::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "people killed: 40 → 35 (contradiction)"),
            org.assertj.core.groups.Tuple.tuple("b", "people killed: 35 → 40 (contradiction)"));
  }

  @Test
  void sameValueWrittenDifferentlyIsNoFinding() {
    var a =
        version("a")
            .sentence("The town has 2,187 residents.")
            .figure("2,187 residents", 2187, "residents", null)
            .build();
    var b =
        version("b")
            .sentence("Some 2187 residents live in the town.")
            .figure("2187 residents", 2187, "residents", null)
            .build();
    assertThat(detector.find("s", List.of(a, b), allAligned(a, b, 0, 0))).isEmpty();
  }

  @Test
  void figureOnlyOneVersionHasIsAddedThereAndOmittedNowhereWhenOthersAreSplit() {
    var a =
        version("a")
            .sentence("Rescuers searched the lake all night.")
            .sentence("Twelve people are still missing.")
            .figure("Twelve people", 12, "people missing", null)
            .build();
    var b = version("b").sentence("Rescue teams searched the lake through the night.").build();
    var c = version("c").sentence("Divers searched the lake during the night.").build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), allAligned(a, b, c, 0, 0, 0));
    assertThat(findings)
        .extracting(Finding::articleId, Finding::change, Finding::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", ChangeType.ADDED, FactKind.FIGURE));
  }

  @Test
  void figureMostOthersCarryIsOmittedWhereMissingWithEvidence() {
    var a =
        version("a")
            .sentence("More than 130 were wounded in the attack.")
            .figure("More than 130", 130, "wounded", "more than")
            .build();
    var b =
        version("b")
            .sentence("The attack wounded more than 130 people.")
            .figure("more than 130 people", 130, "wounded", "more than")
            .build();
    var c = version("c").sentence("Officials condemned the attack on the base.").build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), aligned(a, 0, b, 0));
    assertThat(findings)
        .filteredOn(f -> f.kind() == FactKind.FIGURE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("c");
              assertThat(f.change()).isEqualTo(ChangeType.OMITTED);
              assertThat(f.start()).isNull();
              assertThat(f.text()).isNull();
              assertThat(f.others())
                  .extracting(e -> e.text())
                  .containsExactly("More than 130", "more than 130 people");
              assertThat(f.detail())
                  .isEqualTo("wounded: more than 130 (in 2 of 2 other versions, not here)");
            });
  }

  @Test
  void rewordedQuoteIsChangedWithTheWordsThatDiffer() {
    var a =
        version("a")
            .sentence("\"We will rebuild every home in the valley,\" the mayor said.")
            .quote("We will rebuild every home in the valley,", "Lena Marsh")
            .build();
    var b =
        version("b")
            .sentence("\"We will rebuild every home in the valley,\" Marsh said.")
            .quote("We will rebuild every home in the valley,", "Lena Marsh")
            .build();
    var c =
        version("c")
            .sentence("\"We will rebuild every house in the valley,\" Marsh told reporters.")
            .quote("We will rebuild every house in the valley,", "Marsh")
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), allAligned(a, b, c, 0, 0, 0));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("c");
              assertThat(f.kind()).isEqualTo(FactKind.QUOTE);
              assertThat(f.change()).isEqualTo(ChangeType.CHANGED);
              assertThat(f.detail()).isEqualTo("quote reworded: \"home\" → \"house\"");
            });
  }

  @Test
  void quoteGivenToAnotherSpeakerIsChanged() {
    var a =
        version("a")
            .sentence("\"The dam held through the night,\" said engineer Tom Varga.")
            .quote("The dam held through the night,", "Tom Varga")
            .build();
    var b =
        version("b")
            .sentence("\"The dam held through the night,\" Varga said.")
            .quote("The dam held through the night,", "Varga")
            .build();
    var c =
        version("c")
            .sentence("\"The dam held through the night,\" said governor Ana Pell.")
            .quote("The dam held through the night,", "Ana Pell")
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b, c), allAligned(a, b, c, 0, 0, 0));
    assertThat(findings).allSatisfy(f -> assertThat(f.articleId()).isEqualTo("c"));
    assertThat(findings)
        .filteredOn(f -> f.confidence() == org.storydiff.model.Confidence.HIGH)
        .singleElement()
        .satisfies(f -> assertThat(f.detail()).isEqualTo("quote speaker: Tom Varga → Ana Pell"));
    // b's lone "Varga" is no entity to compare with Ana Pell: no row for b's side at all
    assertThat(findings)
        .filteredOn(f -> f.confidence() != org.storydiff.model.Confidence.HIGH)
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(org.storydiff.model.Confidence.LOW));
  }

  @Test
  void speakerWithAnAppositionIsTheSameSpeaker() {
    var a =
        version("a")
            .sentence("\"The air is safe,\" said Mira Olsen of the regional agency.")
            .quote("The air is safe,", "Mira Olsen of the regional agency")
            .build();
    var b =
        version("b")
            .sentence("\"The air is safe,\" Olsen said.")
            .quote("The air is safe,", "Mira Olsen")
            .build();
    assertThat(detector.find("s", List.of(a, b), allAligned(a, b, 0, 0))).isEmpty();
  }

  @Test
  void curlyAndStraightQuotesAndTrimmedEndsAreNoChange() {
    var a =
        version("a")
            .sentence("\u201CAnd we are ready to talk again on Monday,\u201D she said.")
            .quote("And we are ready to talk again on Monday,", "Ines Roth")
            .build();
    var b =
        version("b")
            .sentence("\"we are ready to talk again on Monday\" Roth said.")
            .quote("we are ready to talk again on Monday", "Roth")
            .build();
    assertThat(detector.find("s", List.of(a, b), allAligned(a, b, 0, 0))).isEmpty();
  }

  @Test
  void statementOnlyOneVersionCarriesIsAddedAndOmittedInTheOtherOfTwo() {
    var a =
        version("a")
            .sentence("The ferry left the northern pier late.")
            .sentence("Its owner had been fined twice for overloading vessels.")
            .build();
    var b = version("b").sentence("The ferry departed the northern pier late.").build();
    List<Finding> findings = detector.find("s", List.of(a, b), aligned(a, 0, b, 0));
    assertThat(findings)
        .extracting(Finding::articleId, Finding::change, Finding::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", ChangeType.ADDED, FactKind.STATEMENT));
  }

  @Test
  void unalignedStatementThatAnotherVersionCoversIsNotReported() {
    var a = version("a").sentence("Investigators are examining the ferry's engine logs.").build();
    var b =
        version("b")
            .sentence("The ferry's engine logs are being examined by investigators today.")
            .build();
    assertThat(detector.find("s", List.of(a, b), List.of())).isEmpty();
  }

  @Test
  void singleVersionStoryHasNoFindings() {
    var a =
        version("a")
            .sentence("Only one agency covered the vote.")
            .figure("one", 1, null, null)
            .build();
    assertThat(detector.find("s", List.of(a), List.of())).isEmpty();
  }

  @Test
  void resultDoesNotDependOnVersionOrder() {
    var a =
        version("a")
            .sentence("The raid killed 35 people.")
            .figure("35 people", 35, "people killed", null)
            .build();
    var b =
        version("b")
            .sentence("The raid killed 40 people.")
            .figure("40 people", 40, "people killed", null)
            .build();
    var c =
        version("c")
            .sentence("The raid killed 35 people, police said.")
            .figure("35 people", 35, "people killed", null)
            .build();
    var alignments = allAligned(a, b, c, 0, 0, 0);
    assertThat(detector.find("s", List.of(c, a, b), alignments))
        .isEqualTo(detector.find("s", List.of(a, b, c), alignments));
    assertThat(detector.diff("s", List.of(c, a, b), alignments).groups())
        .isEqualTo(detector.diff("s", List.of(a, b, c), alignments).groups());
  }

  @Test
  void eachFactIsGroupedOnceAndTheGroupIsNamedByItsSmallestMember() {
    var a =
        version("a")
            .sentence("The raid killed 35 people.")
            .figure("35 people", 35, "people killed", null)
            .build();
    var b =
        version("b")
            .sentence("The raid killed 40 people.")
            .figure("40 people", 40, "people killed", null)
            .build();
    var c =
        version("c")
            .sentence("The raid killed 35 people, police said.")
            .figure("35 people", 35, "people killed", null)
            .sentence("Schools stayed shut across the northern province on Friday.")
            .build();

    StoryDiff diff = detector.diff("s", List.of(a, b, c), allAligned(a, b, c, 0, 0, 0));

    FactGroup toll = diff.groups().get(0);
    assertThat(toll.groupId()).isEqualTo("s/a#f1");
    assertThat(toll.members())
        .extracting(FactGroup.Member::id)
        .containsExactly("a#f1", "b#f1", "c#f1");
    assertThat(toll.states())
        .extracting(FactGroup.VersionState::state)
        .containsExactly(FactState.PRESENT, FactState.CHANGED, FactState.PRESENT);
    FactGroup schools = diff.groups().get(1);
    assertThat(schools.kind()).isEqualTo(FactKind.STATEMENT);
    assertThat(schools.groupId()).isEqualTo("s/c#s1");
    assertThat(schools.stateOf("c")).isEqualTo(FactState.ADDED);
    assertThat(diff.findings()).extracting(Finding::groupId).containsExactly("s/a#f1", "s/c#s1");
  }

  private static List<Alignment> aligned(AnalyzedArticle a, int sa, AnalyzedArticle b, int sb) {
    return List.of(new Alignment(a.id(), sa, b.id(), sb, 0.9, Relation.CHANGED));
  }

  private static List<Alignment> allAligned(AnalyzedArticle a, AnalyzedArticle b, int sa, int sb) {
    return aligned(a, sa, b, sb);
  }

  private static List<Alignment> allAligned(
      AnalyzedArticle a, AnalyzedArticle b, AnalyzedArticle c, int sa, int sb, int sc) {
    List<Alignment> out = new ArrayList<>(aligned(a, sa, b, sb));
    out.addAll(aligned(a, sa, c, sc));
    out.addAll(aligned(b, sb, c, sc));
    return out;
  }
}
