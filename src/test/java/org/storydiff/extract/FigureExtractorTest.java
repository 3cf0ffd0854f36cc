package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;

class FigureExtractorTest {

  private static List<Figure> figures(String marked) {
    TestArticle a = TestArticle.of(marked);
    return new FigureExtractor().extract("a", a.body(), a.sentences());
  }

  @Test
  void spanCoversQualifierNumberAndCountedNoun() {
    assertThat(figures("Shelling killed at least 35 people in the town."))
        .extracting(Figure::text).containsExactly("at least 35 people");
  }

  @Test
  void sameTollWordedThreeWaysGetsOneUnit() {
    assertThat(figures("35 people were killed in the raid.")).extracting(Figure::unit).containsExactly("people killed");
    assertThat(figures("The raid killed 35 people.")).extracting(Figure::unit).containsExactly("people killed");
    assertThat(figures("The raid left 35 people dead.")).extracting(Figure::unit).containsExactly("people killed");
    assertThat(figures("35 people died in the raid.")).extracting(Figure::unit).containsExactly("people killed");
  }

  @Test
  void attributionIsTheNearestSpeakerBeforeElseAfter() {
    List<Figure> f = figures("Medics said 40 people were hurt, while the army said only 12 soldiers were injured.");
    assertThat(f).extracting(Figure::value, Figure::attribution)
        .containsExactly(tuple(40.0, "Medics"), tuple(12.0, "the army"));
    assertThat(figures("The toll reached 57, the regional governor told reporters."))
        .extracting(Figure::attribution).containsExactly("the regional governor");
    assertThat(figures("The toll reached 57, said police.")).extracting(Figure::attribution).containsExactly("police");
    assertThat(figures("According to the health ministry, 57 people died."))
        .extracting(Figure::attribution).containsExactly("the health ministry");
    assertThat(figures("57 people died.")).extracting(Figure::attribution).containsOnlyNulls();
  }

  @Test
  void groupingCommasDoNotChangeTheValue() {
    assertThat(figures("The city lost 2,187 residents.")).extracting(Figure::value).containsExactly(2187.0);
    assertThat(figures("The city lost 2187 residents.")).extracting(Figure::value).containsExactly(2187.0);
  }

  @Test
  void rangeSharesTheScaleOfItsUpperBound() {
    assertThat(figures("Repairs will cost $3-4bn."))
        .extracting(Figure::value, Figure::valueMax, Figure::unit)
        .containsExactly(tuple(3.0e9, 4.0e9, "USD"));
  }

  @Test
  void yearInsideADateIsNotASeparateFigure() {
    assertThat(figures("The accord was signed on March 3, 2021 in Geneva."))
        .extracting(Figure::text, Figure::value).containsExactly(tuple("March 3, 2021", 303.0));
  }

  @Test
  void vagueFiguresCarryTheirMultiplierAndQualifier() {
    assertThat(figures("Hundreds of thousands of people fled."))
        .extracting(Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(tuple(100_000.0, "vague", "people"));
  }

  @Test
  void pronounOneIsNotAFigureButOnePersonIs() {
    assertThat(figures("No one was hurt and one of the guards fled.")).isEmpty();
    assertThat(figures("One person was killed.")).extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(1.0, "person killed"));
  }

  @Test
  void pmTimesAndNoonAreMinutesSinceMidnight() {
    assertThat(figures("Polls close at 8 p.m. and reopen at 12 am.")).extracting(Figure::value)
        .containsExactly(1200.0, 0.0);
  }

  @Test
  void overBeforeAnUncountedNumberKeepsItsQualifier() {
    // regression: a null unit once crashed the duration check for "over"/"under"
    assertThat(figures("Temperatures rose to over 40.")).extracting(Figure::value, Figure::qualifier)
        .containsExactly(tuple(40.0, "over"));
    assertThat(figures("The deal is worth $1bn over five years.")).extracting(Figure::qualifier)
        .containsExactly(null, null);
  }
}
