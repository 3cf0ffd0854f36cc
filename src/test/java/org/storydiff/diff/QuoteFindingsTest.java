package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

/**
 * Cross-version quote findings: speakers by resolved name, partial quotes, truncation and splits.
 */
class QuoteFindingsTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void pronounSpeakerResolvedToTheSameNameIsNoChange() {
    var a =
        version("a")
            .sentence("\"The bridge will reopen in spring,\" she said.")
            .quote("The bridge will reopen in spring,", "she", "Ines Roth")
            .build();
    var b =
        version("b")
            .sentence("\"The bridge will reopen in spring,\" said Ines Roth.")
            .quote("The bridge will reopen in spring,", "Ines Roth")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  @Test
  void unresolvedPronounIsNeverADifferentSpeaker() {
    var a =
        version("a")
            .sentence("\"The pumps are running again,\" he said.")
            .quote("The pumps are running again,", "he", null)
            .build();
    var b =
        version("b")
            .sentence("\"The pumps are running again,\" said engineer Tom Varga.")
            .quote("The pumps are running again,", "Tom Varga")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  @Test
  void speakerResolvedToAnotherNameIsChangedWithBothReadableNames() {
    var a =
        version("a")
            .sentence("\"The pumps are running again,\" he said.")
            .quote("The pumps are running again,", "he", "Tom Varga")
            .build();
    var b =
        version("b")
            .sentence("\"The pumps are running again,\" said mayor Ana Pell.")
            .quote("The pumps are running again,", "Ana Pell")
            .build();
    List<Finding> findings = detector.find("s", List.of(a, b), aligned(a, b));
    assertThat(findings)
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.change()).isEqualTo(ChangeType.CHANGED));
    assertThat(findings)
        .filteredOn(f -> f.articleId().equals("a"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.detail())
                  .isEqualTo(
                      "quote speaker: Ana Pell → Tom Varga (he); low confidence: a speaker is"
                          + " known only through a pronoun");
              assertThat(f.confidence()).isEqualTo(org.storydiff.model.Confidence.LOW);
            });
  }

  @Test
  void partialQuoteOfWordsAnotherVersionQuotesInFullIsNoChange() {
    var a =
        version("a")
            .sentence("\"It could have been a catastrophe for the whole harbour,\" the chief said.")
            .quote("It could have been a catastrophe for the whole harbour,", "Rosa Emmerich")
            .build();
    var b =
        version("b")
            .sentence(
                "The chief said the blaze was nearly \"a catastrophe for the whole harbour\".")
            .partialQuote("a catastrophe for the whole harbour", "Rosa Emmerich")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  @Test
  void partialQuoteThatWritesOutInitialsIsNoChange() {
    var a =
        version("a")
            .sentence(
                "\"Every National Health Service trust on the coast must test its flood pumps"
                    + " and sirens by Friday,\" she said.")
            .quote(
                "Every National Health Service trust on the coast must test its flood pumps and"
                    + " sirens by Friday,",
                "Rosa Emmerich")
            .build();
    var b =
        version("b")
            .sentence(
                "She said \"every NHS trust on the coast must test its flood pumps and sirens\".")
            .partialQuote(
                "every NHS trust on the coast must test its flood pumps and sirens",
                "Rosa Emmerich")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  @Test
  void partialQuotesOfTwoPiecesOfAFullQuoteAreNoChange() {
    var a =
        version("a")
            .sentence(
                "\"The docks will close in May and the jobs will move to the coast,\" the chief said.")
            .quote(
                "The docks will close in May and the jobs will move to the coast,", "Rosa Emmerich")
            .build();
    var b =
        version("b")
            .sentence(
                "The chief said \"the jobs will move to the coast\" once \"the docks will close\".")
            .partialQuote("the jobs will move to the coast", "Rosa Emmerich")
            .partialQuote("the docks will close", "Rosa Emmerich")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  @Test
  void differentQuotesInAlignedSentencesAreNotOneRewordedQuote() {
    var a =
        version("a")
            .sentence("\"The vote was a disgrace for the whole town,\" the mayor said on Monday.")
            .quote("The vote was a disgrace for the whole town,", "Lena Marsh")
            .build();
    var b =
        version("b")
            .sentence(
                "\"We will appeal the vote in the courts of the town,\" the mayor said on Monday.")
            .quote("We will appeal the vote in the courts of the town,", "Lena Marsh")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .extracting(Finding::change)
        .containsOnly(ChangeType.ADDED);
  }

  @Test
  void partialQuoteOnlyOneVersionHasIsAddedAsAQuoteSayingItIsPartial() {
    var a =
        version("a")
            .sentence("The union called the plan \"a slow death for the docks\" on Friday.")
            .partialQuote("a slow death for the docks", "Joanna Brill")
            .build();
    var b = version("b").sentence("The union criticised the plan on Friday.").build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .filteredOn(f -> f.kind() == FactKind.QUOTE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.articleId()).isEqualTo("a");
              assertThat(f.change()).isEqualTo(ChangeType.ADDED);
              assertThat(f.detail())
                  .startsWith("partial quote by Joanna Brill: \"a slow death for the docks\"");
            });
  }

  @Test
  void directQuoteCutShortIsChangedWithHowManyWordsWereCut() {
    var a =
        version("a")
            .sentence(
                "\"We will rebuild the school, the clinic and every road before winter,\" the mayor said.")
            .quote(
                "We will rebuild the school, the clinic and every road before winter,",
                "Lena Marsh")
            .build();
    var b =
        version("b")
            .sentence("\"We will rebuild the school,\" Marsh said.")
            .quote("We will rebuild the school,", "Lena Marsh")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .filteredOn(f -> f.articleId().equals("b"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.detail())
                    .isEqualTo(
                        "quote shortened: 7 of 12 words cut; medium confidence: words only cut or added, as"
                            + " agencies trim quotes"));
  }

  @Test
  void rewordedDetailListsChangedWordsButNotWordsCutAtTheEnds() {
    var a =
        version("a")
            .sentence(
                "\"We will rebuild every home in the valley before the winter comes,\" Marsh said.")
            .quote(
                "We will rebuild every home in the valley before the winter comes,", "Lena Marsh")
            .build();
    var b =
        version("b")
            .sentence("\"We will rebuild every house in the valley,\" Marsh said.")
            .quote("We will rebuild every house in the valley,", "Lena Marsh")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .filteredOn(f -> f.articleId().equals("b"))
        .singleElement()
        .satisfies(f -> assertThat(f.detail()).isEqualTo("quote reworded: \"home\" → \"house\""));
  }

  @Test
  void wordsCutThatStandInTheNextQuotationOfThatVersionAreLowNotATrim() {
    var a =
        version("a")
            .sentence("\"The port is closed, which is what we feared,\" said Ada Lind.")
            .quote("The port is closed, which is what we feared,", "Ada Lind")
            .sentence("\"We have no fuel left for the boats.\"")
            .quote("We have no fuel left for the boats.", "Ada Lind")
            .build();
    var b =
        version("b")
            .sentence("\"The port is closed,\" said Ada Lind.")
            .quote("The port is closed,", "Ada Lind")
            .sentence("\"Which is what we feared. We have no fuel left for the boats.\"")
            .quote("Which is what we feared. We have no fuel left for the boats.", "Ada Lind")
            .build();
    List<Finding> changed =
        detector.find("s", List.of(a, b), aligned(a, b)).stream()
            .filter(f -> f.change() == ChangeType.CHANGED)
            .toList();
    assertThat(changed).isNotEmpty();
    assertThat(changed)
        .allSatisfy(
            f -> {
              assertThat(f.confidence()).isEqualTo(org.storydiff.model.Confidence.LOW);
              assertThat(f.detail()).contains("marks fall elsewhere");
            });
  }

  @Test
  void aQuoteAVersionRepeatsInPartCountsOnce() {
    var a =
        version("a")
            .sentence("\"We will rebuild the school before winter,\" said Ada Lind.")
            .quote("We will rebuild the school before winter,", "Ada Lind")
            .sentence("She said again: \"We will rebuild the school.\"")
            .quote("We will rebuild the school.", "Ada Lind")
            .build();
    var b =
        version("b")
            .sentence("\"We will rebuild the school before winter,\" Lind said.")
            .quote("We will rebuild the school before winter,", "Ada Lind")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .filteredOn(f -> f.change() == ChangeType.CHANGED)
        .isEmpty();
  }

  @Test
  void theRowShowsThePassageWhoseWordsAreCompared() {
    var a =
        version("a")
            .sentence("Marsh said the harbour was \"dead in the water.\"")
            .quote("dead in the water.", "Lena Marsh")
            .sentence(
                "\"The harbour is dead in the water and nobody in the capital cares,\" she wrote.")
            .quote(
                "The harbour is dead in the water and nobody in the capital cares,", "Lena Marsh")
            .build();
    var b =
        version("b")
            .sentence("\"The harbour is dead in the water,\" Marsh wrote.")
            .quote("The harbour is dead in the water,", "Lena Marsh")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b)))
        .filteredOn(f -> f.articleId().equals("a") && f.change() == ChangeType.CHANGED)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.text()).contains("nobody in the capital cares");
              assertThat(f.detail()).startsWith("quote longer: 6 words more than 7");
            });
  }

  @Test
  void quoteSplitInTwoInOneVersionIsTheSameQuote() {
    var a =
        version("a")
            .sentence("\"The water rose in minutes and the cellars flooded first,\" said Ada Lind.")
            .quote("The water rose in minutes and the cellars flooded first,", "Ada Lind")
            .build();
    var b =
        version("b")
            .sentence("\"The water rose in minutes,\" Lind said.")
            .quote("The water rose in minutes,", "Ada Lind")
            .sentence("\"And the cellars flooded first.\"")
            .quote("And the cellars flooded first.", "Ada Lind")
            .build();
    assertThat(detector.find("s", List.of(a, b), aligned(a, b))).isEmpty();
  }

  private static List<Alignment> aligned(AnalyzedArticle a, AnalyzedArticle b) {
    return List.of(new Alignment(a.id(), 0, b.id(), 0, 0.9, Relation.CHANGED));
  }
}
