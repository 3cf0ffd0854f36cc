package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void combinesTensUnitsAndScales() {
    assertThat(NumberWords.combine(List.of("thirty-five"))).isEqualTo(35);
    assertThat(NumberWords.combine(List.of("two", "million"))).isEqualTo(2_000_000);
    assertThat(NumberWords.combine(List.of("one", "hundred", "twenty"))).isEqualTo(120);
    assertThat(NumberWords.combine(List.of("three", "hundred", "thousand"))).isEqualTo(300_000);
    assertThat(NumberWords.combine(List.of("two", "million", "five", "hundred", "thousand")))
        .isEqualTo(2_500_000);
  }

  @Test
  void rejectsMalformedHyphenation() {
    assertThat(NumberWords.value("five-thirty")).isNull();
    assertThat(NumberWords.value("twenty-ten")).isNull();
    assertThat(NumberWords.value("ninety-nine")).isEqualTo(99);
  }

  @Test
  void ordinalsAndVagueWords() {
    assertThat(NumberWords.ordinal("third")).isEqualTo(3);
    assertThat(NumberWords.vague("dozens")).isEqualTo(12);
    assertThat(NumberWords.vague("scores")).isEqualTo(20);
  }

  @Test
  void comparisonDigitsSkipThePronounOne() {
    org.assertj.core.api.Assertions.assertThat(NumberWords.comparisonDigits("four")).isEqualTo("4");
    org.assertj.core.api.Assertions.assertThat(NumberWords.comparisonDigits("thirty-five"))
        .isEqualTo("35");
    org.assertj.core.api.Assertions.assertThat(NumberWords.comparisonDigits("hundred"))
        .isEqualTo("100");
    org.assertj.core.api.Assertions.assertThat(NumberWords.comparisonDigits("one")).isNull();
    org.assertj.core.api.Assertions.assertThat(NumberWords.comparisonDigits("ferry")).isNull();
  }
}
