package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.SentenceTokens;

class LanguageWordsTest {

  @Test
  void frenchStopWordsAreNoContentAndInflectionsShareAStem() {
    LanguageWords fr = LanguageWords.of("fr");
    assertThat(fr.isContent("les")).isFalse();
    assertThat(fr.isContent("dans")).isFalse();
    assertThat(fr.isContent("pompiers")).isTrue();
    assertThat(fr.stem("blessés")).isEqualTo(fr.stem("blessé"));
    assertThat(fr.stem("évacuées")).isEqualTo(fr.stem("évacué"));
  }

  @Test
  void frenchElisionIsDroppedAndAHyphenatedRunOfStopWordsIsNoContent() {
    LanguageWords fr = LanguageWords.of("fr");
    assertThat(fr.stem("l'accident")).isEqualTo(fr.stem("accident"));
    assertThat(fr.isContent("qu'il")).isFalse();
    assertThat(fr.isContent("a-t-il")).isFalse();
    assertThat(fr.isContent("jean-marc")).isTrue();
  }

  @Test
  void germanAndSpanishUseTheirOwnStopWordsAndStems() {
    LanguageWords de = LanguageWords.of("de");
    assertThat(de.isContent("und")).isFalse();
    assertThat(de.isContent("feuerwehr")).isTrue();
    assertThat(de.stem("verletzten")).isEqualTo(de.stem("verletzte"));
    LanguageWords es = LanguageWords.of("es");
    assertThat(es.isContent("para")).isFalse();
    assertThat(es.stem("heridos")).isEqualTo(es.stem("herido"));
  }

  @Test
  void englishAndUnsupportedLanguagesKeepTheEnglishRules() {
    assertThat(LanguageWords.of("en")).isSameAs(LanguageWords.ENGLISH);
    assertThat(LanguageWords.of("it")).isSameAs(LanguageWords.ENGLISH);
    assertThat(LanguageWords.of(null)).isSameAs(LanguageWords.ENGLISH);
    assertThat(LanguageWords.ENGLISH.stem("killed")).isEqualTo(LightStemmer.stem("killed"));
    assertThat(LanguageWords.ENGLISH.isContent("the")).isFalse();
  }

  @Test
  void anArticlesTokensCarryTheStemsOfItsLanguage() {
    String body = "Les pompiers sont arrivés.";
    List<Sentence> one = List.of(new Sentence(0, 0, body.length(), 0, SentenceKind.BODY));
    SentenceTokens french = SentenceTokenizer.of(body, one, "fr");
    SentenceTokens english = SentenceTokenizer.of(body, one);
    assertThat(french.stem(0)).isNull();
    assertThat(english.stem(0)).isEqualTo("les");
    assertThat(french.stem(1)).isEqualTo(LanguageWords.of("fr").stem("pompiers"));
  }
}
