package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;

class FractionsTest {

  private static Double digits(String text, String first) {
    TokenView v = Views.of(text);
    Quantity q = Fractions.digits(v, Views.at(v, first));
    return q == null ? null : q.value();
  }

  private static Double words(String text, String first) {
    TokenView v = Views.of(text);
    Quantity q = Fractions.wordFraction(v, Views.at(v, first));
    return q == null ? null : q.value();
  }

  private static Double ordinal(String text, String first) {
    TokenView v = Views.of(text);
    Quantity q = Fractions.ordinalFraction(v, Views.at(v, first));
    return q == null ? null : q.value();
  }

  private static List<Double> values(String sentence) {
    TestArticle a = TestArticle.of(sentence);
    return new FigureExtractor()
        .extract("a", a.body(), a.sentences()).stream().map(Figure::value).toList();
  }

  @Test
  void anyOrdinalIsADenominatorAndTheLongestWellFormedOneWins() {
    assertThat(ordinal("only one twenty-fifth of it", "one")).isEqualTo(0.04);
    assertThat(ordinal("three twenty-firsts", "three")).isCloseTo(3 / 21.0, within(1e-9));
    assertThat(ordinal("one hundred thirty-fifths", "one")).isCloseTo(100 / 35.0, within(1e-9));
    assertThat(ordinal("one hundred and thirty fifths", "one")).isEqualTo(26.0);
    assertThat(ordinal("one one hundred fifth", "one")).isCloseTo(1 / 105.0, within(1e-12));
    assertThat(ordinal("a hundred trillionths", "a")).isCloseTo(1e-10, within(1e-20));
    assertThat(ordinal("three thirty-seconds of an inch", "three")).isEqualTo(3 / 32.0);
  }

  @Test
  void ordinalsThatAreRanksOrTimesAreNoFractions() {
    assertThat(ordinal("ten seconds later", "ten")).isNull();
    assertThat(ordinal("one hundred twenty seconds", "one")).isNull();
    assertThat(ordinal("his twenty third goal", "twenty")).isNull();
    assertThat(ordinal("the one hundredth anniversary", "one")).isNull();
    assertThat(ordinal("two hundred and fifty-four hundredths", "two")).isNull(); // 200 + 0.54
    assertThat(values("It was the twenty-fifth anniversary of the fire.")).doesNotContain(4.0);
  }

  @Test
  void inRatiosAreOneFigureUnlessTheyCountOverAPeriodOrAYearAndOutOfIsTwoCounts() {
    assertThat(values("One in four households owns a car.")).containsExactly(0.25);
    assertThat(values("Three out of five nurses plan to quit.")).containsExactly(3.0, 5.0);
    assertThat(values("The odds are one in a million.")).containsExactly(1e-6);
    assertThat(values("She scored 9 in 12 games.")).containsExactly(9.0, 12.0);
    assertThat(values("No one in 10 Downing Street spoke.")).doesNotContain(0.1);
    assertThat(values("The side won 7 in 2019.")).containsExactly(7.0, null); // and the year
  }

  @Test
  void digitFractionNeedsACommonDenominatorOrAWordThatSaysSo() {
    assertThat(digits("a 3/4 share", "3")).isEqualTo(0.75);
    assertThat(digits("a 1⁄32 inch gap", "1")).isEqualTo(1 / 32.0);
    assertThat(digits("about 1/40 of the wavelength", "1")).isEqualTo(0.025);
    assertThat(digits("since 9/11 the rules changed", "9")).isNull();
    assertThat(digits("open 24/7 all year", "24")).isNull();
    assertThat(digits("on 3/4/2020 it rained", "3")).isNull();
  }

  @Test
  void singularWordFractionMustEndItsPhraseSoOrdinalsStayOrdinals() {
    assertThat(words("one fourth of the budget", "one")).isEqualTo(0.25);
    assertThat(words("the result is a fifth.", "a")).isEqualTo(0.2);
    assertThat(words("she won a third term", "a")).isNull();
    assertThat(words("three quarters of voters", "three")).isEqualTo(0.75);
    assertThat(words("five eighths", "five")).isEqualTo(0.625);
    assertThat(words("one - fourth", "one")).isEqualTo(0.25);
    assertThat(words("two third", "two")).isNull();
  }

  @Test
  void vulgarAndMixedFractionsAddToTheirWholeNumber() {
    TokenView v = Views.of("a 2 1/2 mile walk and 10½ hours");
    Quantity whole = new Quantity(1, 1, 2, null, Quantity.Kind.COUNT, null);
    assertThat(Fractions.mixed(v, whole).value()).isEqualTo(2.5);
    int ten = Views.at(v, "10");
    assertThat(
            Fractions.mixed(v, new Quantity(ten, ten, 10, null, Quantity.Kind.COUNT, null)).value())
        .isEqualTo(10.5);
  }

  @Test
  void fractionTakesTheScaleAfterIt() {
    TokenView v = Views.of("two thirds of a million people");
    Quantity f = Fractions.wordFraction(v, 0);
    assertThat(Fractions.scaled(v, f).value()).isCloseTo(666_666.67, within(0.01));
  }
}
