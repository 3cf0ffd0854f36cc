package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LightStemmerTest {

  @Test
  void inflectionsOfOneWordMeet() {
    assertThat(LightStemmer.stem("killed")).isEqualTo(LightStemmer.stem("kill"));
    assertThat(LightStemmer.stem("talks")).isEqualTo(LightStemmer.stem("talk"));
    assertThat(LightStemmer.stem("shelling")).isEqualTo(LightStemmer.stem("shelled"));
    assertThat(LightStemmer.stem("resumed")).isEqualTo(LightStemmer.stem("resume"));
    assertThat(LightStemmer.stem("stopped")).isEqualTo(LightStemmer.stem("stop"));
    assertThat(LightStemmer.stem("cities")).isEqualTo(LightStemmer.stem("city"));
    assertThat(LightStemmer.stem("moscow's")).isEqualTo(LightStemmer.stem("moscow"));
  }

  @Test
  void differentWordsStayApart() {
    assertThat(LightStemmer.stem("ended")).isNotEqualTo(LightStemmer.stem("resumed"));
    assertThat(LightStemmer.stem("news")).isNotEqualTo(LightStemmer.stem("new"));
    assertThat(LightStemmer.stem("status")).isEqualTo("status");
    assertThat(LightStemmer.stem("crisis")).isEqualTo("crisis");
  }
}
