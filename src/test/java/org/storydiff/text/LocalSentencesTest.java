package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/** Sentence breaking and datelines in German, French and Spanish copy (invented sentences). */
class LocalSentencesTest {

  private static List<String> sentences(String body, String language) {
    return new SentenceSplitter()
        .split(body, language).stream().map(s -> body.substring(s.start(), s.end())).toList();
  }

  private static SentenceKind firstKind(String body, String language) {
    return new SentenceSplitter().split(body, language).get(0).kind();
  }

  @Test
  void abbreviationsOfEachLanguageEndNoSentence() {
    assertThat(sentences("Selon M. Rivaud, la voie est fermée. Elle rouvrira lundi.", "fr"))
        .containsExactly("Selon M. Rivaud, la voie est fermée.", "Elle rouvrira lundi.");
    assertThat(sentences("Es kamen z. B. Boote. Dr. Anke Lorenz war vor Ort.", "de"))
        .containsExactly("Es kamen z. B. Boote.", "Dr. Anke Lorenz war vor Ort.");
    assertThat(sentences("Lo dijo la Sra. Ibarra en la plaza. Luego se fue.", "es"))
        .containsExactly("Lo dijo la Sra. Ibarra en la plaza.", "Luego se fue.");
  }

  @Test
  void theSameTextInEnglishKeepsTheEnglishRules() {
    assertThat(sentences("Lo dijo la Sra. Ibarra en la plaza. Luego se fue.", "en")).hasSize(3);
  }

  @Test
  void datelinesWithTheLanguagesMonthsAndAgencyStyles() {
    assertThat(firstKind("MONTORGE, 27 novembre (Presse Rhodanienne) - Un train a déraillé.", "fr"))
        .isEqualTo(SentenceKind.DATELINE);
    assertThat(firstKind("Kessenrode (npa) - Der Damm ist gebrochen.", "de"))
        .isEqualTo(SentenceKind.DATELINE);
    assertThat(firstKind("KESSENRODE, 30. November (NPA) – Der Damm ist gebrochen.", "de"))
        .isEqualTo(SentenceKind.DATELINE);
    assertThat(firstKind("Navalcorza (Orvedo), 2 dic (Agencia Meseta).- El fuego avanza.", "es"))
        .isEqualTo(SentenceKind.DATELINE);
    assertThat(firstKind("NAVALCORZA, 2 de diciembre (Crónica) - El fuego avanza.", "es"))
        .isEqualTo(SentenceKind.DATELINE);
  }

  @Test
  void aCapitalizedWordAndADashIsNoDateline() {
    assertThat(firstKind("Kessenrode - Der Damm ist gebrochen, sagte sie.", "de"))
        .isEqualTo(SentenceKind.BODY);
    assertThat(firstKind("El fuego - dijo el alcalde - sigue activo.", "es"))
        .isEqualTo(SentenceKind.BODY);
  }

  @Test
  void aGermanQuoteClosingAParagraphEndsIt() {
    List<Sentence> s =
        new SentenceSplitter().split("Brehme sagte: „Wir sind von Haus zu Haus gefahren.“", "de");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kind()).isEqualTo(SentenceKind.BODY);
  }

  @Test
  void creditLinesOfEachLanguage() {
    assertThat(
            firstKind("(Rédaction\u00a0: Noémie Castagnet ; édition\u00a0: Luc Ferrandon)", "fr"))
        .isEqualTo(SentenceKind.CREDIT);
    assertThat(firstKind("Quelle: Rheinischer Nachrichtendienst", "de"))
        .isEqualTo(SentenceKind.CREDIT);
    assertThat(firstKind("Redacción: Irene Cabañas (Agencia Meseta)", "es"))
        .isEqualTo(SentenceKind.CREDIT);
    assertThat(firstKind("Texte de loi adopté hier soir par les députés.", "fr"))
        .isEqualTo(SentenceKind.BODY);
  }
}
