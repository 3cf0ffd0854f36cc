package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storydiff.align.Versions.version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;

class StoryAlignerTest {

  private final StoryAligner aligner = new StoryAligner();

  private static final String[] BODY_A = {
    "A drone strike on a fuel depot outside Dorvala killed at least 35 people early on Tuesday, regional officials said.",
    "Rescue crews pulled survivors from the burning warehouses for several hours.",
    "Governor Ilse Marren called the attack \"a crime against ordinary workers\" and declared three days of mourning.",
    "The depot supplied diesel to farms across the Kesk valley.",
  };

  @Test
  void identicalVersionsAlignSentenceBySentenceAsSame() {
    List<Alignment> result = aligner.align(List.of(version("a", BODY_A), version("b", BODY_A)));

    assertThat(result)
        .extracting(x -> x.sentenceA() + "-" + x.sentenceB() + ":" + x.relation())
        .containsExactly("0-0:SAME", "1-1:SAME", "2-2:SAME", "3-3:SAME");
    assertThat(result).allSatisfy(x -> assertThat(x.score()).isEqualTo(1.0));
  }

  @Test
  void reorderedParagraphsStillAlign() {
    AnalyzedArticle b = version("b", BODY_A[3], BODY_A[2], BODY_A[0], BODY_A[1]);

    List<Alignment> result = aligner.align(List.of(version("a", BODY_A), b));

    assertThat(pairs(result)).containsExactly("0-2", "1-3", "2-1", "3-0");
  }

  @Test
  void paraphraseKeepingTheFigureAlignsAsSame() {
    AnalyzedArticle a =
        version("a", "The storm killed at least 35 people in the coastal villages.");
    AnalyzedArticle b =
        version("b", "In the coastal villages, 35 people were killed by the storm, at least.");

    assertThat(one(aligner.align(List.of(a, b))))
        .satisfies(
            x -> {
              assertThat(x.relation()).isEqualTo(Relation.SAME);
              assertThat(x.score()).isGreaterThan(0.9);
            });
  }

  @Test
  void sentenceSplitInTwoAlignsOneToManyAndIsSame() {
    AnalyzedArticle a =
        version(
            "a",
            "Floodwater cut the railway between Ostrel and Panvik, and engineers expect repairs to take two weeks.",
            "Schools in the district stay closed.");
    AnalyzedArticle b =
        version(
            "b",
            "Schools in the district stay closed.",
            "Floodwater cut the railway between Ostrel and Panvik.",
            "Engineers expect repairs to take two weeks.");

    List<Alignment> result = aligner.align(List.of(a, b));

    assertThat(result)
        .extracting(x -> x.sentenceA() + "-" + x.sentenceB() + ":" + x.relation())
        .containsExactly("0-1:SAME", "0-2:SAME", "1-0:SAME");
  }

  @Test
  void splitWithAnUpdatedTollAlignsBothPartsAsChanged() {
    AnalyzedArticle a =
        version(
            "a",
            "The explosion at the Harwick chemical plant killed 35 workers and injured 130 others, the fire service said.");
    AnalyzedArticle b =
        version(
            "b",
            "The explosion at the Harwick chemical plant killed 37 workers, the fire service said.",
            "It injured 130 others.");

    assertThat(aligner.align(List.of(a, b)))
        .extracting(x -> x.sentenceA() + "-" + x.sentenceB() + ":" + x.relation())
        .containsExactly("0-0:CHANGED", "0-1:CHANGED");
  }

  @Test
  void twoSentencesMergedIntoOneAlignManyToOne() {
    AnalyzedArticle a =
        version(
            "a",
            "The central bank raised its main rate to 4.5 percent on Thursday.",
            "Analysts had expected the move after inflation reached 7 percent in March.");
    AnalyzedArticle b =
        version(
            "b",
            "The central bank raised its main rate to 4.5 percent on Thursday, a move analysts had expected after inflation reached 7 percent in March.");

    assertThat(pairs(aligner.align(List.of(a, b)))).containsExactly("0-0", "1-0");
  }

  @Test
  void headlineAlignsWithTheLeadItRestates() {
    AnalyzedArticle a =
        version("a", "H|Drone strike on Dorvala fuel depot kills 35", BODY_A[0], BODY_A[1]);
    AnalyzedArticle b =
        version(
            "b",
            "A drone strike killed 35 people at a fuel depot near Dorvala on Tuesday, officials said.",
            "Survivors were pulled from burning warehouses by rescue crews.");

    List<Alignment> result = aligner.align(List.of(a, b));

    assertThat(pairs(result)).contains("0-0", "1-0", "2-1");
    assertThat(find(result, 1, 0))
        .get()
        .extracting(Alignment::relation)
        .isEqualTo(Relation.CHANGED);
  }

  @Test
  void falseFriendTalksResumeVersusTalksEndedDoNotAlign() {
    AnalyzedArticle a = version("a", "Talks will resume on Monday.");
    AnalyzedArticle b = version("b", "Talks ended on Monday.");

    assertThat(aligner.align(List.of(a, b))).isEmpty();
  }

  @Test
  void falseFriendTwoDifferentTollsDoNotAlign() {
    AnalyzedArticle a =
        version(
            "a",
            "35 people were killed in the attack on the base.",
            "12 people were killed in the shelling of the market.");
    AnalyzedArticle b =
        version(
            "b",
            "12 people were killed in the shelling of the market.",
            "35 people were killed in the attack on the base.");

    assertThat(pairs(aligner.align(List.of(a, b)))).containsExactly("0-1", "1-0");
  }

  @Test
  void falseFriendDifferentTollsAcrossVersionsWithoutTheirTwinDoNotAlign() {
    AnalyzedArticle a = version("a", "35 people were killed in the attack on the base.");
    AnalyzedArticle b = version("b", "12 people were killed in the shelling of the market.");

    assertThat(aligner.align(List.of(a, b))).isEmpty();
  }

  @Test
  void falseFriendSameWordsDifferentPlaceDoNotAlign() {
    AnalyzedArticle a = version("a", "Police arrested two men in Ostrel after the protest.");
    AnalyzedArticle b = version("b", "Police arrested two men in Panvik after the match.");

    assertThat(aligner.align(List.of(a, b))).isEmpty();
  }

  @Test
  void falseFriendsInAStoryOfTwoAttacksOnlyAlignWithTheirTwins() {
    AnalyzedArticle a =
        version(
            "a",
            "A missile hit the train station in Velka on Saturday, killing 9 people.",
            "Hours later a second missile hit a school in Rosko, killing 4 people.",
            "Officials in Velka said the station had been used by refugees.",
            "Officials in Rosko said the school was empty at the time.",
            "The army said it shot down 11 drones overnight.");
    AnalyzedArticle b =
        version(
            "b",
            "Officials in Rosko said the school had been empty when the missile struck.",
            "The army said it had shot down 12 drones during the night.",
            "A missile struck a school in Rosko on Saturday, killing four people.",
            "Officials in Velka said refugees had been using the station.",
            "A missile hit the train station in Velka on Saturday, killing 9 people.");

    assertThat(pairs(aligner.align(List.of(a, b))))
        .containsExactlyInAnyOrder("0-4", "1-2", "2-3", "3-0", "4-1");
  }

  @Test
  void changedTollIsChanged() {
    AnalyzedArticle a = version("a", "35 people were killed in the attack on the base.");
    AnalyzedArticle b = version("b", "37 people were killed in the attack on the base.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void changedQualifierIsChanged() {
    AnalyzedArticle a = version("a", "More than 130 people were wounded in the blast.");
    AnalyzedArticle b = version("b", "At least 130 people were wounded in the blast.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void rewordedQuoteIsChanged() {
    AnalyzedArticle a = version("a", "\"We will not leave our homes,\" said Mayor Tomas Brell.");
    AnalyzedArticle b = version("b", "\"We will never leave our homes,\" said Mayor Tomas Brell.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void changedSpeakerIsChanged() {
    AnalyzedArticle a =
        version("a", "\"We will rebuild every bridge,\" Mayor Tomas Brell told reporters.");
    AnalyzedArticle b =
        version("b", "\"We will rebuild every bridge,\" Governor Ilse Marren told reporters.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void digitGroupingIsSame() {
    AnalyzedArticle a = version("a", "The ministry registered 2,187 displaced families by Friday.");
    AnalyzedArticle b = version("b", "By Friday the ministry registered 2187 displaced families.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.SAME);
  }

  @Test
  void curlyVersusStraightQuotesAndDashesAreSame() {
    AnalyzedArticle a =
        version("a", "\u201CThe water is rising fast\u201D \u2014 the harbour master warned.");
    AnalyzedArticle b = version("b", "\"The water is rising fast\" - the harbour master warned.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.SAME);
  }

  @Test
  void addedClauseIsChanged() {
    AnalyzedArticle a =
        version("a", "The ferry sank off the northern cape with 200 passengers on board.");
    AnalyzedArticle b =
        version(
            "b",
            "The overloaded ferry sank off the northern cape with 200 passengers on board after its engine failed in heavy fog.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void paraphraseWithDifferentAttributionWordingIsSame() {
    AnalyzedArticle a = version("a", "Authorities said 3,410 homes had been damaged or destroyed.");
    AnalyzedArticle b =
        version("b", "In all, 3410 homes were damaged or destroyed, officials said.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.SAME);
  }

  @Test
  void revisedTollWithCloseFiguresAlignsAsChanged() {
    AnalyzedArticle a = version("a", "Local clinics said 134 people were injured in the collapse.");
    AnalyzedArticle b =
        version("b", "More than 130 people were injured in the collapse, clinics said.");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void shorterRetellingWithARevisedFigureAligns() {
    AnalyzedArticle a =
        version(
            "a",
            "About 600 residents were evacuated from streets around the depot as the fumes spread.",
            "The depot had been inspected in May.");
    AnalyzedArticle b =
        version(
            "b",
            "About 400 residents were evacuated from nearby streets.",
            "Inspectors visited the depot in May.");

    assertThat(find(aligner.align(List.of(a, b)), 0, 0))
        .get()
        .extracting(Alignment::relation)
        .isEqualTo(Relation.CHANGED);
  }

  @Test
  void quoteSplitOffIntoItsOwnSentenceAlignsWithTheWholeQuote() {
    AnalyzedArticle a =
        version(
            "a",
            "\"The dam was never built for this much rain. Nobody will be blamed before the inquiry,\" engineer Pia Holm said.");
    AnalyzedArticle b =
        version(
            "b",
            "\"The dam was never built for this much rain,\" engineer Pia Holm said.",
            "\"Nobody will be blamed before the inquiry.\"");

    assertThat(aligner.align(List.of(a, b)))
        .extracting(x -> x.sentenceA() + "-" + x.sentenceB() + ":" + x.relation())
        .containsExactly("0-0:SAME", "0-1:SAME");
  }

  @Test
  void sameQuoteInDifferentSurroundingSentencesAligns() {
    AnalyzedArticle a =
        version(
            "a",
            "\"We will rebuild every school before winter,\" Mayor Tomas Brell told residents at a packed meeting on Friday.");
    AnalyzedArticle b =
        version(
            "b",
            "Touring the flooded district, Brell promised: \"We will rebuild every school before winter.\"");

    assertThat(one(aligner.align(List.of(a, b))).relation()).isEqualTo(Relation.CHANGED);
  }

  @Test
  void boilerplateSentencesNeverAlign() {
    AnalyzedArticle a = version("a", BODY_A[1], "C|Reporting by Anna Lind; editing by Paul Ortega");
    AnalyzedArticle b = version("b", "C|Reporting by Anna Lind; editing by Paul Ortega", BODY_A[1]);

    assertThat(pairs(aligner.align(List.of(a, b)))).containsExactly("0-1");
  }

  @Test
  void resultIsSortedAndIndependentOfInputOrder() {
    List<AnalyzedArticle> versions =
        new ArrayList<>(
            List.of(
                version("c", BODY_A[2], BODY_A[0]),
                version("a", BODY_A),
                version("b", BODY_A[3], BODY_A[1], BODY_A[0])));
    List<Alignment> first = aligner.align(versions);
    Collections.reverse(versions);

    assertThat(aligner.align(versions)).isEqualTo(first);
    assertThat(first)
        .extracting(x -> x.articleA() + x.articleB())
        .containsExactly("ab", "ab", "ab", "ac", "ac", "bc");
    assertThat(first).allSatisfy(x -> assertThat(x.articleA()).isLessThan(x.articleB()));
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(() -> aligner.align(List.of(version("a", BODY_A), version("a", BODY_A))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate article id");
  }

  @Test
  void twentyDistinctVersionsAlignAgainstThreePivotsAndLinkTheRestThroughThem() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // Distinct texts: every version adds a sentence of its own; the first three are the longest.
      String own = "Update " + i + ".";
      String[] lines =
          i < 3
              ? new String[] {BODY_A[0], BODY_A[1], BODY_A[2], BODY_A[3], own}
              : new String[] {BODY_A[0], BODY_A[2], own};
      versions.add(version(String.format(java.util.Locale.ROOT, "v%02d", i), lines));
    }

    StoryAligner.Run run = aligner.run(versions);

    // 3 pivots (v00, v01, v02) pair with each other (3) and with the 17 others (51).
    assertThat(run.alignedVersionPairs()).isEqualTo(54);
    assertThat(run.alignments())
        .filteredOn(x -> x.articleA().equals("v00") && x.articleB().equals("v10"))
        .extracting(x -> x.sentenceA() + "-" + x.sentenceB())
        .containsExactly("0-0", "2-1");
    assertThat(run.alignments())
        .noneMatch(
            x -> x.articleA().equals("v03") && x.articleB().equals("v04") && x.sentenceA() == 0);
  }

  @Test
  void twelveVersionsStillAlignAllPairs() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    for (int i = 0; i < StoryAligner.MAX_ALL_PAIRS_VERSIONS; i++) {
      versions.add(version("v" + (char) ('a' + i), BODY_A[0]));
    }

    assertThat(aligner.align(versions)).hasSize(12 * 11 / 2);
  }

  private static List<String> pairs(List<Alignment> result) {
    return result.stream().map(x -> x.sentenceA() + "-" + x.sentenceB()).toList();
  }

  private static Alignment one(List<Alignment> result) {
    assertThat(result).hasSize(1);
    return result.get(0);
  }

  private static Optional<Alignment> find(List<Alignment> result, int a, int b) {
    return result.stream().filter(x -> x.sentenceA() == a && x.sentenceB() == b).findFirst();
  }
}
