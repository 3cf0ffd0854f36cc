package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalNumbersTest {

  @Test
  void numbersAreReadWithTheirLanguagesSeparators() {
    assertThat(LocalNumbers.norm("12.400", "de")).isEqualTo("12400");
    assertThat(LocalNumbers.norm("4,5", "de")).isEqualTo("4.5");
    assertThat(LocalNumbers.norm("3,5", "fr")).isEqualTo("3.5");
    assertThat(LocalNumbers.norm("2.000.352", "es")).isEqualTo("2000352");
  }

  @Test
  void englishOtherLanguagesAndTimesAreLeftAsWritten() {
    assertThat(LocalNumbers.norm("4.5", "en")).isEqualTo("4.5");
    assertThat(LocalNumbers.norm("12.400", null)).isEqualTo("12.400");
    assertThat(LocalNumbers.norm("12.400", "pl")).isEqualTo("12.400");
    assertThat(LocalNumbers.norm("08:20", "de")).isEqualTo("08:20");
  }
}
