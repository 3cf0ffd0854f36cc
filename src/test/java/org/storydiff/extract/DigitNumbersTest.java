package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class DigitNumbersTest {

  private static Quantity plain(String text, boolean money) {
    TokenView v = Views.of(text);
    int k = 0;
    while (!v.isNumber(k)) {
      k++;
    }
    return DigitNumbers.plain(v, k, money);
  }

  private static Quantity range(String text, boolean money) {
    TokenView v = Views.of(text);
    int k = 0;
    while (!v.isNumber(k)) {
      k++;
    }
    return DigitNumbers.range(v, DigitNumbers.plain(v, k, money), money);
  }

  @Test
  void scalesMultiplyInTheOrderWritten() {
    assertThat(plain("4 hundred million subscribers", false).value()).isEqualTo(4e8);
    assertThat(plain("three is 3 lakh crore", false).value()).isEqualTo(3e12);
    assertThat(plain("3 dozens eggs", false).value()).isEqualTo(36);
    assertThat(plain("4 thousand 3 hundred and 21 votes", false).value()).isEqualTo(4321);
    assertThat(plain("a 1.8 billion-mile journey", false))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactly(1.8e9, "miles");
    assertThat(plain("3 million and a half", false).value()).isEqualTo(3.5e6);
  }

  @Test
  void shortScalesAgainstTheNumberButMetresStayMetres() {
    assertThat(plain("she has 2mil fans", false).value()).isEqualTo(2e6);
    assertThat(plain("worth 1MM now", false).value()).isEqualTo(1e6);
    assertThat(plain("about 10 bln dollars", false).value()).isEqualTo(1e10);
    assertThat(plain("the 100m sprint", false).value()).isEqualTo(100);
    assertThat(plain("sales of 2.7m units", false).value()).isEqualTo(2.7e6);
  }

  @Test
  void spaceGroupedThousandsAndScientificNotationAreOneNumber() {
    assertThat(plain("a population of 1 414 021 100.", false).value()).isEqualTo(1_414_021_100.0);
    assertThat(plain("it is 1 234 567.89 exactly", false).value()).isEqualTo(1_234_567.89);
    assertThat(plain("about 1.3e6 cells", false).value()).isEqualTo(1.3e6);
    assertThat(plain("a factor 6.23x10^-4 here", false).value())
        .isEqualTo(6.23e-4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(plain("call 020 7946 0958", false).value()).isEqualTo(20);
  }

  @Test
  void rangeEndsAreScaleAwareAndAMoveIsNoRange() {
    assertThat(range("cost $3 billion to $5 billion", true))
        .extracting(Quantity::value, Quantity::valueMax)
        .containsExactly(3e9, 5e9);
    assertThat(range("cost $2-3 million", true))
        .extracting(Quantity::value, Quantity::valueMax)
        .containsExactly(2e6, 3e6);
    assertThat(range("between 5k-20k", false))
        .extracting(Quantity::value, Quantity::valueMax)
        .containsExactly(5000.0, 20000.0);
    assertThat(range("about 20~100", false))
        .extracting(Quantity::value, Quantity::valueMax)
        .containsExactly(20.0, 100.0);
    assertThat(range("sales rose 3 million to 5 million", false).valueMax()).isNull();
    assertThat(tuple(range("a 3-1 win", false).valueMax())).isEqualTo(tuple((Double) null));
  }
}
