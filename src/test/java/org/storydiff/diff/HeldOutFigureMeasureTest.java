package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

/**
 * A held-out set of our own sentence pairs, written before the figure measure was tuned and never
 * tuned on: two versions whose sentences are aligned, and whether their differing figures are the
 * same fact (an asserted {@code changed} row, medium or high) or two facts (no asserted row; a
 * {@code low} row is allowed). First result, on the code before the measure existed: 13 of 22; with
 * the measure: 20 of 22. Still wrong (asserted, kept visible here rather than tuned away): the
 * weekday figures of "arrested 12 on Tuesday" / "arrested 20 on Wednesday" pair as one arrest's
 * date, and "5 of them children" / "9 of them soldiers" pair as one part of the toll (the noun
 * after "of them" is not read).
 */
class HeldOutFigureMeasureTest {

  private record Case(String a, String b, boolean sameFact) {}

  private static final List<Case> CASES =
      List.of(
          // the same measure, another value: an asserted change
          same(
              "Police said 12 people were arrested on Tuesday.",
              "Police said 15 people were arrested on Tuesday."),
          same(
              "The earthquake killed 40 people in the province.",
              "52 people died in the earthquake in the province."),
          same(
              "The carmaker will cut 300 jobs at the plant.",
              "The carmaker will cut 350 jobs at the plant."),
          same(
              "The storm injured 130 people on the coast.",
              "134 people were injured by the storm on the coast."),
          same(
              "The hospital treated 25 patients overnight.",
              "The hospital treated 31 patients overnight."),
          same(
              "Firefighters fought the blaze for 6 hours.",
              "Firefighters fought the blaze for 8 hours."),
          same(
              "The ferry was carrying 220 passengers when it sank.",
              "The ferry was carrying 240 passengers when it sank."),
          same(
              "The wildfire destroyed 45 homes in the valley.",
              "The wildfire destroyed 60 homes in the valley."),
          same(
              "The group paid $2 billion for the startup.",
              "The group paid $2.5 billion for the startup."),
          same(
              "Rescuers pulled 14 survivors from the rubble on Monday.",
              "Rescuers pulled 17 survivors from the rubble on Monday."),
          // two facts that share a story, a unit or an outcome: no asserted change
          different(
              "Police arrested 12 people on Tuesday.", "Police arrested 20 people on Wednesday."),
          different(
              "The blast killed 35 people in the market.",
              "The blast injured 80 people in the market."),
          different(
              "Each borrower would receive $10,000 in relief.",
              "The relief plan would cost $300 billion in total."),
          different("The new laptop sells for $1,299.", "The new laptop runs at 2.7 GHz."),
          different(
              "The firm sold 4 million phones last year.",
              "The firm sold 6 million phones this year."),
          different("The fund raised $5 million in March.", "The fund raised $7 million in April."),
          different(
              "The quake killed 5 people on the island.",
              "The quake was 10 km deep under the island."),
          different(
              "Each family will receive $500 from the council.",
              "The council will pay out $2 million to families."),
          different(
              "The attack killed 30 people, 5 of them children.",
              "The attack killed 30 people, 9 of them soldiers."),
          different(
              "Polls opened at 8: 00 am and closed at 6: 00 pm.",
              "Polls closed at 6: 00 pm after 10 hours of voting."),
          different(
              "The Bulldogs lost 65 - 53 to the Bluejays.",
              "The Bulldogs scored 60 points against the Bluejays."),
          different(
              "He played for the club from 1995 - 99 and scored 2, 106 points.",
              "He broke the record with 4: 43 left in the half."));

  private final FindingDetector detector = new FindingDetector();

  @Test
  void heldOutPairsArePairedOnlyWhenTheyAreTheSameFact() {
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      boolean asserted =
          detector
              .find(
                  "s",
                  List.of(
                      FigureVersions.oneSentence("a", c.a()),
                      FigureVersions.oneSentence("b", c.b())),
                  List.of(new Alignment("a", 0, "b", 0, 0.9, Relation.CHANGED)))
              .stream()
              .anyMatch(HeldOutFigureMeasureTest::assertedFigureChange);
      if (asserted != c.sameFact()) {
        wrong.add((c.sameFact() ? "missed: " : "false: ") + c.a() + " | " + c.b());
      }
    }
    System.out.println(
        "held-out figure measure: " + (CASES.size() - wrong.size()) + " of " + CASES.size());
    wrong.forEach(System.out::println);
    assertThat(wrong).hasSizeLessThanOrEqualTo(2);
  }

  private static boolean assertedFigureChange(Finding f) {
    return f.kind() == FactKind.FIGURE
        && f.change() == ChangeType.CHANGED
        && f.confidence() != Confidence.LOW;
  }

  private static Case same(String a, String b) {
    return new Case(a, b, true);
  }

  private static Case different(String a, String b) {
    return new Case(a, b, false);
  }
}
