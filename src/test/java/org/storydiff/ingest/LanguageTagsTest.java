package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

  @Test
  void regionsCaseAndSeparatorsReduceToTheTwoLetterCode() {
    assertThat(LanguageTags.normalize("de-AT")).isEqualTo("de");
    assertThat(LanguageTags.normalize(" FR ")).isEqualTo("fr");
    assertThat(LanguageTags.normalize("es_MX")).isEqualTo("es");
    assertThat(LanguageTags.normalize("zh-CN")).isEqualTo("zh");
  }

  @Test
  void threeLetterCodesAndEnglishNamesMapToIso639_1() {
    assertThat(LanguageTags.normalize("fra")).isEqualTo("fr");
    assertThat(LanguageTags.normalize("fre")).isEqualTo("fr");
    assertThat(LanguageTags.normalize("deu")).isEqualTo("de");
    assertThat(LanguageTags.normalize("ger")).isEqualTo("de");
    assertThat(LanguageTags.normalize("spa")).isEqualTo("es");
    assertThat(LanguageTags.normalize("eng")).isEqualTo("en");
    assertThat(LanguageTags.normalize("French")).isEqualTo("fr");
    assertThat(LanguageTags.normalize("german")).isEqualTo("de");
  }

  @Test
  void anUnknownValueIsKeptLowerCasedNeverRejected() {
    assertThat(LanguageTags.normalize("Klingon")).isEqualTo("klingon");
    assertThat(LanguageTags.normalize("xx-YY")).isEqualTo("xx");
  }

  @Test
  void absentOrBlankIsNull() {
    assertThat(LanguageTags.normalize(null)).isNull();
    assertThat(LanguageTags.normalize("  ")).isNull();
  }
}
