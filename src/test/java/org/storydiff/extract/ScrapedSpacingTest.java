package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;

/** Numbers that scraped copy split with spaced punctuation, on our own sentences. */
class ScrapedSpacingTest {

  private static List<Figure> figures(String text) {
    TestArticle a = TestArticle.of(text);
    return new FigureExtractor().extract("a", a.body(), a.sentences());
  }

  @Test
  void clockTimeSplitAfterItsColonIsNoCount() {
    assertThat(figures("She scored the winner with 3: 27 left in the game."))
        .extracting(Figure::text)
        .isEmpty();
  }

  @Test
  void yearRangeSplitAfterItsDashGivesNoTwoDigitCount() {
    assertThat(figures("He coached the side from 1987 - 91 in the northern league."))
        .extracting(Figure::value)
        .doesNotContain(91.0);
  }

  @Test
  void resultWithTheSmallerNumberSecondIsNoCount() {
    assertThat(figures("The visitors won 78 - 61 in the final."))
        .extracting(Figure::value)
        .doesNotContain(78.0, 61.0);
  }

  @Test
  void decimalSplitAfterItsPointIsNoFigure() {
    assertThat(figures("A 5. 8 - magnitude tremor shook the valley."))
        .extracting(Figure::value)
        .doesNotContain(5.0, 8.0);
  }

  @Test
  void spacedThousandsOpeningWithZeroContinueTheNumber() {
    assertThat(figures("The camp now shelters more than 41, 000 refugees."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(41000.0, "refugees"));
  }

  @Test
  void ageWithSpacedHyphensIsAnAge() {
    assertThat(figures("A vigil was held for the 15 - year - old."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(15.0, "age"));
  }

  @Test
  void normalRangesListsAndClockTimesAreUnchanged() {
    assertThat(figures("Between 30 - 40 people were rescued."))
        .extracting(Figure::valueMin, Figure::valueMax)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, 40.0));
    assertThat(figures("The ferry left at 6:45 and 212 people were on board."))
        .extracting(Figure::value)
        .contains(212.0);
    assertThat(figures("The school has 3, 4 or 5 classrooms per floor."))
        .extracting(Figure::value)
        .contains(5.0);
  }
}
