package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.ingest.ArticleLanguage.Resolved;
import org.storydiff.model.LanguageSource;

class ArticleLanguageTest {

  private static final String ENGLISH =
      "The city council voted on Tuesday to close the old bridge for repairs, officials said, and"
          + " traffic will be sent through the northern district until the work is finished.";
  private static final String GERMAN =
      "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, wie"
          + " ein Sprecher mitteilte; der Verkehr wird bis zum Ende der Arbeiten umgeleitet.";
  private static final String FRENCH =
      "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, a indiqué"
          + " un porte-parole, et la circulation sera déviée jusqu'à la fin du chantier.";
  private static final String SPANISH =
      "El ayuntamiento votó el martes el cierre del viejo puente para hacer reparaciones, según"
          + " informó un portavoz, y el tráfico será desviado hasta que terminen las obras.";
  private static final String ITALIAN =
      "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori di"
          + " riparazione, ha detto un portavoce, e il traffico sarà deviato fino alla fine.";

  @Test
  void aGivenFieldIsKeptNormalizedWhateverTheText() {
    assertThat(ArticleLanguage.of("DE-ch", null, ENGLISH))
        .isEqualTo(new Resolved("de", LanguageSource.GIVEN));
    assertThat(ArticleLanguage.of("tlh", "Title", ENGLISH))
        .isEqualTo(new Resolved("tlh", LanguageSource.GIVEN));
  }

  @Test
  void anAbsentOrBlankFieldIsDetectedFromTitleAndBody() {
    assertThat(ArticleLanguage.of(null, "Bridge to close", ENGLISH))
        .isEqualTo(new Resolved("en", LanguageSource.DETECTED));
    assertThat(ArticleLanguage.of("", null, GERMAN))
        .isEqualTo(new Resolved("de", LanguageSource.DETECTED));
    assertThat(ArticleLanguage.of(" ", "Le vieux pont fermé", FRENCH))
        .isEqualTo(new Resolved("fr", LanguageSource.DETECTED));
    assertThat(ArticleLanguage.of(null, null, SPANISH))
        .isEqualTo(new Resolved("es", LanguageSource.DETECTED));
  }

  @Test
  void aLanguageWithoutRulesIsNamedNotForcedIntoOneOfOurs() {
    assertThat(ArticleLanguage.of(null, null, ITALIAN))
        .isEqualTo(new Resolved("it", LanguageSource.DETECTED));
  }

  @Test
  void tooShortATextFallsBackToEnglishMarkedAsDefault() {
    Resolved english = new Resolved("en", LanguageSource.DEFAULT);
    assertThat(ArticleLanguage.of(null, null, "Brücke gesperrt.")).isEqualTo(english);
    assertThat(ArticleLanguage.of(null, "12:30", "2026-03-01 — 4,5 % / 1.250")).isEqualTo(english);
  }

  @Test
  void theSameTextAlwaysGetsTheSameAnswer() {
    String mixed = ENGLISH.substring(0, 60) + " " + FRENCH.substring(0, 60);
    Resolved first = ArticleLanguage.of(null, null, mixed);
    for (int i = 0; i < 20; i++) {
      assertThat(ArticleLanguage.of(null, null, mixed)).isEqualTo(first);
    }
  }
}
