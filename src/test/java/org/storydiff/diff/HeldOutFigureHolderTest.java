package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;

/**
 * A second held-out set of our own two-version stories, written before the figure's holder (whose
 * figure it is), "another" amounts and the both-values check existed, and not tuned on. The
 * versions' sentences are not aligned, as two outlets' own sentences seldom are: each case asks
 * whether the job asserts a figure change (a {@code changed} row, medium or high) when the two
 * versions give one fact two values, and asserts none when they give two facts. First result, on
 * the code before those readings: see the closing comment of {@link #CASES}.
 */
class HeldOutFigureHolderTest {

  private record Case(String a, String b, boolean sameFact) {}

  private static final List<Case> CASES =
      List.of(
          // one fact, two values: an asserted change
          same(
              "Tomas Varga scored 23 points as Eastbury won on Friday.",
              "Eastbury won on Friday, with Tomas Varga scoring 27 points."),
          same(
              "Nadia Kern, 34, was taken to hospital with burns.",
              "Nadia Kern, 36, was taken to hospital with burns to her arms."),
          same(
              "Rescuers found 9 bodies in the collapsed mine on Monday.",
              "By Monday, rescuers had found 11 bodies in the mine."),
          same(
              "The flood destroyed 40 homes in Arlen, the mayor said.",
              "The mayor said 55 homes were destroyed in Arlen by the flood."),
          same(
              "Police said 12 people were injured in the clashes.",
              "At least 18 people were injured in the clashes, police said."),
          // two facts of one story: no asserted change
          different("Tomas Varga scored 23 points for Eastbury.", "Luca Brenner scored 17 points."),
          different(
              "Corvex had 7 percent of the chip market last year.",
              "Helia had 3 percent of the chip market last year."),
          different(
              "Nadia Kern, 34, was taken to hospital.", "Ilse Moritz, 41, was taken to hospital."),
          different(
              "Six soldiers were killed on Monday, four of them in an ambush near the border.",
              "Four soldiers were killed in an ambush near the border on Monday, the army said."),
          different(
              "About 5,000 people marched in Corvia on Sunday.",
              "Another 3,000 people marched in the port city on Sunday."),
          different(
              "Dorn has coached the team for 12 years.", "Keller coached the team for 8 years."),
          different(
              "The quake in March killed 14 people, and Monday's quake killed 3 people.",
              "Monday's quake killed 3 people, a month after a quake that killed 40."));

  // First run (before the holder, "another" and both-values readings): 5 of 12. Missed: the two
  // ages of one person, the two counts of bodies. False: two players' points, two firms' shares,
  // "another 3,000" against 5,000, two coaches' years, two quakes' tolls. After: 8 of 12. Still
  // wrong, kept visible rather than tuned away: the bodies (no outcome read, the sentences share
  // too little), "Corvex had" (a sentence's first word alone is no holder unless the article
  // writes it inside a sentence), "Dorn has coached the team for 12 years" (the name is six words
  // back), and the two quakes (the event a toll belongs to is not read). 2026-12-07, with the
  // job's own alignments (no alignment was given before) and contradictions asserted only between
  // aligned sentences of stories written apart: 10 of 12.

  private final FindingDetector detector = new FindingDetector();

  @Test
  void heldOutStoriesAssertFigureChangesOnlyForOneFact() {
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      boolean asserted =
          FigureVersions.findings(
                  List.of(
                      FigureVersions.sentences("a", c.a()), FigureVersions.sentences("b", c.b())))
              .stream()
              .anyMatch(HeldOutFigureHolderTest::assertedFigureChange);
      if (asserted != c.sameFact()) {
        wrong.add((c.sameFact() ? "missed: " : "false: ") + c.a() + " | " + c.b());
      }
    }
    System.out.println(
        "held-out figure holders: " + (CASES.size() - wrong.size()) + " of " + CASES.size());
    wrong.forEach(System.out::println);
    assertThat(wrong).hasSizeLessThanOrEqualTo(4);
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
