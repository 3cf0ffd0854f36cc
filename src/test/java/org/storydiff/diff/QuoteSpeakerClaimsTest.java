package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

/** A speaker change is asserted only for one utterance given to two named, unrelated speakers. */
class QuoteSpeakerClaimsTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void twoPeopleNamedSideBySideInAVersionAreAJointStatementNotAChange() {
    var a =
        version("a")
            .sentence("\"We are proud to open the new wing,\" said Ana Pell and Tom Varga.")
            .quote("We are proud to open the new wing,", "Ana Pell")
            .build();
    var b =
        version("b")
            .sentence("\"We are proud to open the new wing,\" said Tom Varga.")
            .quote("We are proud to open the new wing,", "Tom Varga")
            .build();
    assertThat(find(a, b))
        .filteredOn(f -> f.change() == ChangeType.CHANGED)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(f.detail()).contains("named together");
            });
  }

  @Test
  void aShortPassageGivenToTwoPeopleIsOnlyToCheck() {
    var a =
        version("a")
            .sentence("Ana Pell urged residents to leave \"as soon as possible\".")
            .partialQuote("as soon as possible", "Ana Pell")
            .build();
    var b =
        version("b")
            .sentence("Tom Varga asked for the road to reopen \"as soon as possible\".")
            .partialQuote("as soon as possible", "Tom Varga")
            .build();
    assertThat(find(a, b))
        .filteredOn(f -> f.change() == ChangeType.CHANGED)
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void otherSentencesOfOneSpeechNeverChainThroughAVersionQuotingBoth() {
    var a =
        version("a")
            .sentence("\"The dam held through the night.\"")
            .quote("The dam held through the night.", "Ana Pell")
            .build();
    var b =
        version("b")
            .sentence("\"The pumps failed before dawn.\"")
            .quote("The pumps failed before dawn.", "Ana Pell")
            .build();
    var c =
        version("c")
            .sentence("\"The dam held through the night. The pumps failed before dawn.\"")
            .quote("The dam held through the night. The pumps failed before dawn.", "Ana Pell")
            .build();
    List<Finding> findings =
        detector.find(
            "s",
            List.of(a, b, c),
            List.of(
                new Alignment("a", 0, "c", 0, 0.9, Relation.CHANGED),
                new Alignment("b", 0, "c", 0, 0.9, Relation.CHANGED)));
    assertThat(findings)
        .filteredOn(f -> f.articleId().equals("a") || f.articleId().equals("b"))
        .filteredOn(f -> f.change() == ChangeType.CHANGED)
        .allSatisfy(f -> assertThat(f.others()).extracting(e -> e.articleId()).containsOnly("c"));
  }

  private List<Finding> find(AnalyzedArticle a, AnalyzedArticle b) {
    return detector.find(
        "s", List.of(a, b), List.of(new Alignment(a.id(), 0, b.id(), 0, 0.9, Relation.CHANGED)));
  }
}
