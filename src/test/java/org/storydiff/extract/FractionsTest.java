package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
