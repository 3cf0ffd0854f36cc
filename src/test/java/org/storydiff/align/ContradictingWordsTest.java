package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.text.LightStemmer;

class ContradictingWordsTest {

  @Test
  void contradictingWordsMatchAcrossInflections() {
    assertThat(
            ContradictingWords.contradict(
                java.util.Set.of(LightStemmer.stem("resumes")),
                java.util.Set.of(LightStemmer.stem("ended"))))
        .isTrue();
    assertThat(
            ContradictingWords.contradict(
                java.util.Set.of(LightStemmer.stem("resumes"), LightStemmer.stem("ended")),
                java.util.Set.of(LightStemmer.stem("ended"))))
        .isFalse();
  }
}
