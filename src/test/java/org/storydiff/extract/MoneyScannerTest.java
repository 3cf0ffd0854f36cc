package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyScannerTest {

  /**
   * The money starting at the first token, or after the first number, as "value CODE [last token]".
   */
  private static String money(String text) {
    TokenView v = Views.of(text);
    Quantity q = MoneyScanner.before(v, 0);
    if (q == null) {
      int k = 0;
      while (!v.isNumber(k)) {
        k++;
      }
      q = MoneyScanner.after(v, DigitNumbers.plain(v, k, false));
    }
    return q == null ? null : q.value() + " " + q.unit() + " [" + v.text(q.last(), q.last()) + "]";
  }

  @Test
  void digitsGluedToACurrencyPrefixAreReadWholeWithNoTailLeft() {
    assertThat(money("$US55,931,000 in fees")).isEqualTo("5.5931E7 USD [931,000]");
    assertThat(money("RM120,000 a year")).isEqualTo("120000.0 MYR [000]");
    assertThat(money("RM23.50 each")).isEqualTo("23.5 MYR [50]");
    assertThat(money("USD115.5 each")).isEqualTo("115.5 USD [5]");
  }

  @Test
  void rangeWhoseHighEndRepeatsThePrefixIsOneRangeThoughTheTokenizerGluesTheJoint() {
    TokenView v = Views.of("A$300m-A$350m this year");
    Quantity q = MoneyScanner.before(v, 0);
    assertThat(q.value()).isEqualTo(3e8);
    assertThat(q.valueMax()).isEqualTo(3.5e8);
    assertThat(q.unit()).isEqualTo("AUD");
    assertThat(v.text(q.last(), q.last())).isEqualTo("m");
    TokenView other = Views.of("HK$5m-A$7m in fees");
    assertThat(MoneyScanner.before(other, 0).valueMax()).isNull(); // two currencies: no range
  }

  @Test
  void prefixesAndCodesBeforeMapToIso4217() {
    assertThat(money("A$82.6m in sales")).isEqualTo("8.26E7 AUD [m]");
    assertThat(money("S$1mil raised")).isEqualTo("1000000.0 SGD [mil]");
    assertThat(money("Rs 500 crore")).isEqualTo("5.0E9 INR [crore]");
    assertThat(money("CHF 12m fine")).isEqualTo("1.2E7 CHF [m]");
  }

  @Test
  void codesAndWordsAfterTheAmount() {
    assertThat(money("raised 2mil SEK")).isEqualTo("2000000.0 SEK [SEK]");
    assertThat(money("up to 120 MEUR")).isEqualTo("1.2E8 EUR [MEUR]");
    assertThat(money("lost 75 USD million")).isEqualTo("7.5E7 USD [million]");
    assertThat(money("cost 3 dollars 50 cents")).isEqualTo("3.5 USD [cents]");
    assertThat(money("carried 200 pounds of explosives")).isNull();
  }
}
