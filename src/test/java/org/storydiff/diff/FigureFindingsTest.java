package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.extract.FigureExtractor;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.SentenceTokenizer;

/**
 * Figure findings on figures the real extractor reads from two versions whose first sentences are
 * aligned: which differences are findings (a changed toll, date or time) and which are form only.
 */
class FigureFindingsTest {

  private final FindingDetector detector = new FindingDetector();

  @Test
  void sameAmountWrittenDifferentlyIsNoFinding() {
    assertThat(
            findings("Thirty-five people were killed in the raid.", "The raid killed 35 people."))
        .isEmpty();
    assertThat(
            findings(
                "About 1.5 million people fled the region.",
                "Around 1,500,000 people fled the region."))
        .isEmpty();
    assertThat(
            findings("The convoy stretched for 64 kilometres.", "The convoy stretched for 64 km."))
        .isEmpty();
    assertThat(
            findings(
                "A 12-hour curfew was imposed on the city.",
                "A curfew of 12 hours was imposed on the city."))
        .isEmpty();
  }

  @Test
  void twoHedgesOfOneValueAreNoChangeUnlessOneIsAnEstimateAndTheOtherAFloor() {
    assertThat(
            findings(
                "Nearly 100 people were injured in the crush.",
                "About 100 people were injured in the crush."))
        .isEmpty();
    assertThat(
            findings(
                "As many as 80 homes were flooded in the town.",
                "Around 80 homes were flooded in the town."))
        .isEmpty();
    assertThat(
            findings(
                "At least 100 people were injured in the crush.",
                "More than 100 people were injured in the crush."))
        .isEmpty();
    assertThat(
            findings(
                "More than 100 people were injured in the crush.",
                "About 100 people were injured in the crush."))
        .extracting(Finding::detail)
        .hasSize(2)
        .allMatch(d -> d.contains("more than 100") && d.contains("(refinement)"));
  }

  @Test
  void differentTollIsAContradictionAndADroppedHedgeARefinement() {
    assertThat(findings("The blast killed 35 people.", "The blast killed 40 people."))
        .extracting(Finding::articleId, Finding::detail)
        .containsExactly(
            tuple("a", "people killed: 40 → 35 (contradiction)"),
            tuple("b", "people killed: 35 → 40 (contradiction)"));
    assertThat(
            findings(
                "At least 35 people were killed in the blast.",
                "35 people were killed in the blast."))
        .extracting(Finding::detail)
        .containsExactly(
            "people killed: 35 → at least 35 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)",
            "people killed: at least 35 → 35 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)");
    assertThat(
            findings(
                "Between 30 and 40 people were killed in the blast.",
                "45 people were killed in the blast."))
        .extracting(Finding::detail)
        .containsExactly(
            "people killed: 45 → 30–40 (contradiction)",
            "people killed: 30–40 → 45 (contradiction)");
  }

  @Test
  void valueInsideTheOtherRangeIsNoFindingAndOneAHedgeAllowsARefinement() {
    assertThat(
            findings(
                "Between 30 and 40 people were killed in the blast.",
                "35 people were killed in the blast."))
        .isEmpty();
    assertThat(
            findings(
                "Hundreds of people were evacuated from the town.",
                "300 people were evacuated from the town."))
        .isEmpty();
    assertThat(
            findings(
                "At least 35 people were killed in the blast.",
                "40 people were killed in the blast."))
        .extracting(Finding::detail)
        .containsExactly(
            "people killed: 40 → at least 35 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)",
            "people killed: at least 35 → 40 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)");
  }

  @Test
  void twoHedgesOfDifferentNumbersAreAChange() {
    // a toll raised from "at least 37" to "at least 41" is news although both allow 45
    assertThat(
            findings(
                "At least 37 people were killed in the blast.",
                "At least 41 people were killed in the blast."))
        .extracting(Finding::detail)
        .containsExactly(
            "people killed: at least 41 → at least 37 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)",
            "people killed: at least 37 → at least 41 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)");
  }

  @Test
  void figuresOfTwoSourcesAreTwoFactsAndTheDetailNamesTheSource() {
    // every version carries both sources' figures: no change
    assertThat(
            findings(
                "Ukrainian officials said at least 35 people were killed, while Russia said 180"
                    + " people were killed.",
                "Russia said 180 people were killed, while Ukrainian officials said at least 35"
                    + " people were killed."))
        .isEmpty();
    assertThat(
            findings(
                "Ukrainian officials said at least 35 people were killed in the strike.",
                "Ukrainian officials said 35 people were killed in the strike."))
        .extracting(Finding::detail)
        .containsExactly(
            "people killed (Ukrainian officials): 35 → at least 35 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)",
            "people killed (Ukrainian officials): at least 35 → 35 (refinement)"
                + "; medium confidence: a hedged figure (an estimate that may be updated)");
  }

  @Test
  void differentSourcesFiguresAreNotPaired() {
    List<Finding> found =
        findings(
            "The UN has recorded 596 civilian deaths in the city.",
            "The city council said 2,187 civilian deaths in the city.");
    assertThat(found).extracting(Finding::change).doesNotContain(ChangeType.CHANGED);
  }

  @Test
  void weekdayOrDateOnlyOneVersionMentionsIsNoFinding() {
    assertThat(
            findings(
                "The ferry capsized on Sunday near the pier.", "The ferry capsized near the pier."))
        .isEmpty();
    assertThat(
            findings(
                "The ferry capsized on 2 March near the pier.",
                "The ferry capsized near the pier at dawn."))
        .isEmpty();
  }

  @Test
  void changedDateOrTimeIsAChangedFinding() {
    assertThat(
            findings(
                "The ceasefire took effect on February 24.",
                "The ceasefire took effect on February 25."))
        .extracting(Finding::change, Finding::kind, Finding::detail)
        .containsExactly(
            tuple(
                ChangeType.CHANGED,
                FactKind.FIGURE,
                "date, took effect: February 25 → February 24 (contradiction)"),
            tuple(
                ChangeType.CHANGED,
                FactKind.FIGURE,
                "date, took effect: February 24 → February 25 (contradiction)"));
    assertThat(
            findings(
                "The quake struck at 05:12 GMT off the coast.",
                "The quake struck at 06:12 GMT off the coast."))
        .extracting(Finding::articleId, Finding::text)
        .containsExactly(tuple("a", "05:12 GMT"), tuple("b", "06:12 GMT"));
  }

  @Test
  void countOfTimesIsNeverPairedWithAClockTime() {
    // regression: "times" and "time" shared a unit key, paired, and the detail crashed on the time
    assertThat(
            findings(
                "The siren sounded 3 times in the night.",
                "The siren sounded at 10:00 in the night."))
        .extracting(Finding::change, Finding::text)
        .containsExactly(tuple(ChangeType.ADDED, "3 times"));
  }

  @Test
  void dateWithAndWithoutItsYearIsTheSameDate() {
    assertThat(
            findings(
                "The ceasefire took effect on February 24.",
                "The ceasefire took effect on 24 February 2022."))
        .isEmpty();
  }

  @Test
  void sentenceWithOnlyADateIsStillAStatementThatCanBeAdded() {
    List<Finding> found =
        detector.find(
            "s",
            List.of(
                version(
                    "a", "The ferry left the pier late.", "The inquiry will report on March 3."),
                version("b", "The ferry departed the pier late.")),
            List.of(new Alignment("a", 0, "b", 0, 0.9, Relation.CHANGED)));
    assertThat(found)
        .extracting(Finding::articleId, Finding::change, Finding::kind)
        .containsExactly(tuple("a", ChangeType.ADDED, FactKind.STATEMENT));
  }

  private List<Finding> findings(String a, String b) {
    return detector.find(
        "s",
        List.of(version("a", a), version("b", b)),
        List.of(new Alignment("a", 0, "b", 0, 0.9, Relation.CHANGED)));
  }

  private static AnalyzedArticle version(String id, String... sentenceTexts) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String text : sentenceTexts) {
      if (body.length() > 0) {
        body.append(' ');
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              body.length(),
              body.length() + text.length(),
              sentences.size(),
              SentenceKind.BODY));
      body.append(text);
    }
    String b = body.toString();
    return new AnalyzedArticle(
        new Article(id, "Agency " + id, b, null, null, null, null),
        sentences,
        SentenceTokenizer.of(b, sentences),
        SentenceTokenizer.ofText(""),
        List.copyOf(new FigureExtractor().extract(id, b, sentences)));
  }
}
