package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storydiff.text.LanguageWords;
import org.storydiff.text.LightStemmer;

class ContradictingWordsTest {

  @Test
  void contradictingWordsMatchAcrossInflections() {
    assertThat(
            ContradictingWords.ENGLISH.contradict(
                java.util.Set.of(LightStemmer.stem("resumes")),
                java.util.Set.of(LightStemmer.stem("ended"))))
        .isTrue();
    assertThat(
            ContradictingWords.ENGLISH.contradict(
                java.util.Set.of(LightStemmer.stem("resumes"), LightStemmer.stem("ended")),
                java.util.Set.of(LightStemmer.stem("ended"))))
        .isFalse();
  }

  @Test
  void eachLanguageHasItsOwnPairsReadThroughItsStems() {
    LanguageWords german = LanguageWords.of("de");
    ContradictingWords de = ContradictingWords.of("de");

    assertThat(de.contradict(Set.of(german.stem("gestiegen")), Set.of(german.stem("sank"))))
        .isTrue();
    assertThat(
            ContradictingWords.of("fr")
                .contradict(
                    Set.of(LanguageWords.of("fr").stem("confirmé")),
                    Set.of(LanguageWords.of("fr").stem("démenti"))))
        .isTrue();
    assertThat(ContradictingWords.of("pl")).isSameAs(ContradictingWords.ENGLISH);
    assertThat(de.contradict(Set.of(german.stem("gestiegen")), Set.of(german.stem("gestiegen"))))
        .isFalse();
  }
}
