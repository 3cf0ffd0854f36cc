package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void aContentWordHasTwoLettersAndIsNoStopWordWithOrWithoutItsPossessive() {
    assertThat(ContentWords.isContent("floods")).isTrue();
    assertThat(ContentWords.isContent("moscow's")).isTrue();
    assertThat(ContentWords.isContent("un")).isTrue();
    assertThat(ContentWords.isContent("the")).isFalse();
    assertThat(ContentWords.isContent("said")).isFalse();
    assertThat(ContentWords.isContent("u")).isFalse();
    assertThat(ContentWords.isContent("x's")).isFalse();
    assertThat(ContentWords.isContent("it's")).isFalse();
    assertThat(ContentWords.isContent("who's")).isFalse();
    assertThat(ContentWords.isContent("she's")).isFalse();
  }
}
