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
  void clockWithAPointSplitBeforeAmOrPmIsNoCount() {
    assertThat(figures("The guards saw the boats around 7. 40 am on Monday."))
        .extracting(Figure::value)
        .doesNotContain(7.0, 40.0);
    assertThat(figures("The ferry left at 6. 15 p. m. with 40 people aboard."))
        .extracting(Figure::value)
        .containsExactly(40.0);
  }

  @Test
  void spacedThousandsAfterMoneyOrAHedgeAreOneAmount() {
    assertThat(figures("The house was valued at $412, 300 last year."))
        .extracting(Figure::value)
        .containsExactly(412_300.0);
    assertThat(figures("The screen shows 2560 x 1, 600 pixels."))
        .extracting(Figure::value)
        .contains(1_600.0)
        .doesNotContain(600.0);
    assertThat(figures("Police said about 2, 500 people marched."))
        .extracting(Figure::value)
        .containsExactly(2_500.0);
    assertThat(figures("He broke the record of 2, 106."))
        .extracting(Figure::value)
        .contains(2_106.0);
    assertThat(figures("The quake killed 40 people and injured more than 1, 400, leveling a town."))
        .extracting(Figure::value)
        .contains(1_400.0)
        .doesNotContain(1.0, 400.0);
    // a date, a list: two numbers
    assertThat(figures("On May 1, 800 people marched.")).extracting(Figure::value).contains(800.0);
    assertThat(figures("The bids were of 1, 400, 500 and 600."))
        .extracting(Figure::value)
        .contains(400.0);
    assertThat(figures("The totals were 12, 300 and 450."))
        .extracting(Figure::value)
        .contains(300.0);
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
  void decimalSplitAfterItsPointClosingTheSentenceIsOneDecimal() {
    assertThat(figures("Local seismologists said 5. 8, but the survey said it was 6. 2."))
        .extracting(Figure::value)
        .containsExactly(5.8, 6.2);
    // a clause that goes on after the point is two numbers
    assertThat(figures("The score was 6. 2 more runs came later."))
        .extracting(Figure::value)
        .doesNotContain(6.2);
  }

  @Test
  void decimalSplitAfterItsPointBeforeAMeasureIsOneDecimal() {
    List<Figure> quake = figures("A 5. 8 - magnitude tremor shook the valley.");
    assertThat(quake).extracting(Figure::value).containsExactly(5.8);
    assertThat(quake.get(0).unit()).isEqualTo("magnitude");
    assertThat(figures("Gunmen took a ($4. 7 - million) payroll from the depot."))
        .extracting(Figure::value, Figure::currency)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4_700_000.0, "USD"));
    assertThat(figures("Seismologists put it at 4. 9, then revised the reading."))
        .extracting(Figure::value)
        .containsExactly(4.9);
    assertThat(figures("Turnout fell 2. 25 percent in the district."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2.25, "%"));
  }

  @Test
  void decimalSplitBeforeACountOrAfterADayStaysApart() {
    assertThat(figures("The talks ended on March 3. 4 officials were later held."))
        .extracting(Figure::value)
        .doesNotContain(3.4);
    assertThat(figures("He read chapter 7. 12 pages in all."))
        .extracting(Figure::value)
        .doesNotContain(7.12);
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
