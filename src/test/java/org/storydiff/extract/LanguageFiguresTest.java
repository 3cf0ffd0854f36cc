package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;
import org.storydiff.text.SentenceTokenizer;

/** Figures in German, French and Spanish copy: one test per rule of each language's resource. */
class LanguageFiguresTest {

  private static List<Figure> figures(String language, String marked) {
    TestArticle a = TestArticle.of(marked);
    return new FigureExtractor()
        .extract(
            "a", a.body(), a.sentences(), SentenceTokenizer.of(a.body(), a.sentences()), language);
  }

  private static List<Double> values(String language, String marked) {
    return figures(language, marked).stream().map(Figure::value).toList();
  }

  @Test
  void englishAndAbsentAndUnknownLanguagesReadAsEnglish() {
    String s = "Officials said 1,250 people left, about 3.5 percent.";
    List<Figure> english = figures(null, s);
    assertThat(figures("en", s)).isEqualTo(english);
    assertThat(figures("EN-gb", s)).isEqualTo(english);
    assertThat(figures("nl", s)).isEqualTo(english);
    assertThat(english).extracting(Figure::value).containsExactly(1250.0, 3.5);
  }

  @Test
  void supportedLanguagesHaveResources() {
    assertThat(FigureLanguage.supported()).containsExactly("de", "es", "fr");
    assertThat(FigureLanguage.of("de-AT")).isSameAs(FigureLanguage.of("de"));
  }

  @Test
  void wordFractionsAreReadInEachLanguage() {
    assertThat(values("es", "Obtuvo dos tercios de los votos.").get(0))
        .isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(values("es", "Llegó un quinto de los invitados.")).containsExactly(0.2);
    assertThat(values("fr", "Il a obtenu trois quarts des voix.")).containsExactly(0.75);
    assertThat(values("fr", "Un tiers des électeurs s'est abstenu.").get(0))
        .isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(values("de", "Er erhielt zwei Drittel der Stimmen.").get(0))
        .isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(values("de", "Ein Viertel der Häuser ist zerstört.")).containsExactly(0.25);
    // "medios aéreos" are aircraft, "un medio de comunicación" an outlet: no halves.
    assertThat(figures("es", "En las labores trabajan 400 efectivos y 14 medios aéreos."))
        .extracting(Figure::unit)
        .containsExactly("efectivos", "medios aéreos");
    assertThat(values("es", "Lo publicó un medio de comunicación local.")).doesNotContain(0.5);
  }

  @Test
  void spelledOrdinalsAreRanksOrDenominatorsNotCounts() {
    // ICU parses "troisième" and "zweiten" to 3 and 2; they rank, they count nothing.
    assertThat(values("fr", "Au troisième trimestre, la marge a baissé.")).doesNotContain(3.0);
    assertThat(values("de", "In der zweiten Runde schied sie aus.")).doesNotContain(2.0);
    assertThat(values("es", "El primer ministro viajó ayer.")).doesNotContain(1.0);
    // A plural ordinal after a number is a denominator, as in English.
    assertThat(values("fr", "La course s'est jouée à sept centièmes de seconde."))
        .containsExactly(0.07);
  }

  @Test
  void aWholeAndAFractionAreOneFigure() {
    assertThat(values("fr", "Le trajet a duré deux et un quart.")).containsExactly(2.25);
    assertThat(values("fr", "Le club compte deux millions et demi de membres."))
        .containsExactly(2.5e6);
    assertThat(values("es", "La obra costó cuatro millones y medio.")).containsExactly(4.5e6);
    assertThat(values("es", "Midió ocho con tres cuartos.")).containsExactly(8.75);
    assertThat(values("de", "Es kostet sieben und drei Viertel Millionen."))
        .containsExactly(7.75e6);
    // Not after a plain "and" between two counts.
    assertThat(values("es", "Llegaron cinco adultos y dos niños.")).containsExactly(5.0, 2.0);
  }

  @Test
  void decimalsSaidAsNumbersAfterTheDecimalWord() {
    assertThat(values("es", "La nota fue ocho coma setenta y cinco.")).containsExactly(8.75);
    assertThat(values("es", "Pagó nueve con noventa.")).containsExactly(9.9);
    assertThat(values("es", "El índice marcó trescientos coma cero cuatro."))
        .containsExactly(300.04);
    assertThat(values("fr", "Le taux est de trois virgule deux.")).containsExactly(3.2);
    assertThat(values("de", "Der Wert liegt bei vier Komma fünf.")).containsExactly(4.5);
  }

  @Test
  void ratiosWithTheLanguagesWordForOver() {
    assertThat(values("fr", "Un sur cinq a répondu.")).containsExactly(0.2);
    assertThat(values("es", "Respondió 1 sobre 4 encuestados.")).containsExactly(0.25);
    // "sur" between a sum and a period is no ratio.
    assertThat(values("fr", "Un prêt de 500 euros sur 2 ans.")).containsExactly(500.0, 2.0);
  }

  @Test
  void oneWordHalvesAndHalfADozen() {
    assertThat(values("de", "Die Reise dauerte viereinhalb Stunden.")).containsExactly(4.5);
    assertThat(values("de", "Der Bau kostet anderthalb Millionen Euro.")).containsExactly(1.5e6);
    assertThat(values("de", "Sie aß dreiviertel Kuchen.")).containsExactly(0.75);
    assertThat(values("de", "Er kaufte ein halbes Dutzend Eier.")).containsExactly(6.0);
    assertThat(values("es", "Compró media docena de sillas.")).containsExactly(6.0);
    assertThat(values("fr", "Il a vendu une demi-douzaine de vélos.")).containsExactly(6.0);
  }

  @Test
  void oneWordOrdinalsAndPartitivesDivide() {
    assertThat(values("es", "Quedan tres veinteavos del total.")).containsExactly(0.15);
    assertThat(values("es", "Vale un centesimo.")).containsExactly(0.01);
    assertThat(values("es", "Eran cuatro milésimas.")).containsExactly(0.004);
    assertThat(values("fr", "Il reste un vingt-cinquieme.")).containsExactly(0.04);
    // Words that only look like partitives or ordinals stay what they are.
    assertThat(figures("es", "Pagó 50 centavos."))
        .extracting(Figure::unit)
        .containsExactly("cents");
    assertThat(figures("es", "Ella esperó 30 segundos."))
        .extracting(Figure::unit)
        .containsExactly("seconds");
    assertThat(values("es", "Es el tercer intento.")).isEmpty();
  }

  @Test
  void frenchHundredsAndScoresWithoutTheirPluralEnding() {
    assertThat(values("fr", "Le score était de trois cent virgule cinq.")).containsExactly(300.5);
    assertThat(values("fr", "Il a compté quatre-vingt.")).containsExactly(80.0);
    assertThat(values("fr", "Il a invité trois cents personnes.")).containsExactly(300.0);
  }

  @Test
  void aLargeSpelledNumeratorKeepsItsTens() {
    // As the languages read it: 140 fifths, not 100 forty-fifths.
    assertThat(values("es", "Eran ciento cuarenta quintos.")).containsExactly(28.0);
  }

  @Test
  void aDecimalWithoutItsZero() {
    assertThat(values("es", "La tasa bajó ,25 puntos.")).containsExactly(0.25);
    assertThat(values("de", "Der Index fiel um ,5 Prozent.")).containsExactly(0.5);
    // A comma between two numbers is a list, not a decimal.
    assertThat(values("es", "En 2019, 300 personas votaron.")).contains(300.0);
  }

  @Test
  void centsSaidAfterTheCurrency() {
    assertThat(values("de", "Das Ticket kostet 12 Euro und 40.")).containsExactly(12.4);
    assertThat(values("fr", "Le menu coûte 18 euros 90.")).containsExactly(18.9);
    assertThat(values("es", "La entrada vale 7 euros con 25 céntimos.")).containsExactly(7.25);
    // A number that counts something after the amount is no cents.
    assertThat(values("es", "Pagó 15 euros y 20 personas más.")).containsExactly(15.0, 20.0);
    assertThat(values("de", "Er zahlte 20 Euro und 2 Tage Haft.")).containsExactly(20.0, 2.0);
  }

  @Test
  void aFunctionWordOpeningTheSentenceMakesNoName() {
    assertThat(values("de", "Die 250 Beschäftigten streiken.")).containsExactly(250.0);
    assertThat(values("de", "Bei 40 km/h passierte es.")).containsExactly(40.0);
    // A capitalized word that is no function word still names a model.
    assertThat(values("de", "Airbus 320 Maschinen stehen still.")).isEmpty();
  }

  // German

  @Test
  void germanGroupsWithDotsAndSpacesAndUsesADecimalComma() {
    assertThat(values("de", "Die Stadt zählt 1.250 Einwohner.")).containsExactly(1250.0);
    assertThat(values("de", "Der Pegel stieg um 2,75 Meter.")).containsExactly(2.75);
    assertThat(values("de", "Es waren 4,800 Tonnen.")).containsExactly(4.8);
    assertThat(values("de", "Der Etat beträgt 1.234.567,89 Euro.")).containsExactly(1234567.89);
    assertThat(values("de", "Gezählt wurden 12 345 Stimmen.")).containsExactly(12345.0);
  }

  @Test
  void germanPercentScalesAndCurrencyAfterTheAmount() {
    List<Figure> f = figures("de", "Die Inflation lag bei 3,5 % und der Umsatz bei 2,4 Mrd. Euro.");
    assertThat(f).extracting(Figure::value).containsExactly(3.5, 2.4e9);
    assertThat(f).extracting(Figure::unit).containsExactly("%", "EUR");
    assertThat(values("de", "Das Werk kostet 75 Millionen Dollar.")).containsExactly(75e6);
    assertThat(values("de", "Die Firma zahlte 94.000 $ an die Kläger.")).containsExactly(94000.0);
    assertThat(values("de", "Die Quote sank auf zwölf Prozent.")).containsExactly(12.0);
  }

  @Test
  void germanHedgesNameTheSharedQualifiers() {
    assertThat(figures("de", "Mindestens 35 Menschen starben."))
        .extracting(Figure::qualifier)
        .containsExactly("at least");
    assertThat(figures("de", "Mehr als 200 Häuser brannten."))
        .extracting(Figure::qualifier)
        .containsExactly("more than");
    assertThat(figures("de", "Rund 40 Schulen blieben zu."))
        .extracting(Figure::qualifier)
        .containsExactly("about");
    assertThat(figures("de", "Es kamen knapp 900 Gäste."))
        .extracting(Figure::qualifier)
        .containsExactly("nearly");
    assertThat(figures("de", "Bis zu 60 Züge fielen aus."))
        .extracting(Figure::qualifier)
        .containsExactly("up to");
  }

  @Test
  void germanSpanKeepsTheAgencysOwnCharacters() {
    assertThat(figures("de", "Mindestens 35 Menschen starben."))
        .extracting(Figure::text)
        .containsExactly("Mindestens 35 Menschen");
  }

  @Test
  void germanSpelledOutNumbersAreReadByIcu() {
    assertThat(values("de", "Es kamen zweiundzwanzig Boote an.")).containsExactly(22.0);
    assertThat(values("de", "Das Dorf hat dreihundert Einwohner.")).containsExactly(300.0);
    assertThat(values("de", "Es gab einhunderteinunddreißig Anträge.")).containsExactly(131.0);
    assertThat(values("de", "Er kaufte ein Auto und einfach alles andere.")).isEmpty();
  }

  @Test
  void germanRangesWithBis() {
    List<Figure> f = figures("de", "Es sind 100 bis 300 Milliarden Sterne.");
    assertThat(f).extracting(Figure::valueMin).containsExactly(100e9);
    assertThat(f).extracting(Figure::valueMax).containsExactly(300e9);
  }

  // French

  @Test
  void frenchGroupsWithSpacesAndUsesADecimalComma() {
    assertThat(values("fr", "La commune compte 12 500 habitants.")).containsExactly(12500.0);
    assertThat(values("fr", "La commune compte 12\u202f500 habitants.")).containsExactly(12500.0);
    assertThat(values("fr", "Le taux atteint 3,5 %.")).containsExactly(3.5);
    assertThat(values("fr", "Le budget est de 2.204,62 euros.")).containsExactly(2204.62);
  }

  @Test
  void frenchScalesWhereBillionIsATrillion() {
    assertThat(values("fr", "Le groupe a levé 48 milliards de dollars.")).containsExactly(48e9);
    assertThat(values("fr", "La dette dépasse un billion d'euros.")).containsExactly(1e12);
    assertThat(figures("fr", "Le contrat vaut 75 millions de $."))
        .extracting(Figure::unit)
        .containsExactly("USD");
  }

  @Test
  void frenchHedges() {
    assertThat(figures("fr", "Au moins 12 personnes sont mortes."))
        .extracting(Figure::qualifier)
        .containsExactly("at least");
    assertThat(figures("fr", "Plus de 300 maisons ont brûlé."))
        .extracting(Figure::qualifier)
        .containsExactly("more than");
    assertThat(figures("fr", "Environ 40 écoles ont fermé."))
        .extracting(Figure::qualifier)
        .containsExactly("about");
    assertThat(figures("fr", "Près de 900 invités sont venus."))
        .extracting(Figure::qualifier)
        .containsExactly("nearly");
  }

  @Test
  void frenchSpelledOutNumbers() {
    assertThat(values("fr", "Il reste vingt-trois bateaux.")).containsExactly(23.0);
    assertThat(values("fr", "Il y avait quatre-vingt-quinze chaises.")).containsExactly(95.0);
    assertThat(values("fr", "On a compté trois cent douze votes.")).containsExactly(312.0);
    assertThat(values("fr", "Une voiture est partie.")).isEmpty();
  }

  // Spanish

  @Test
  void spanishGroupsWithDotsAndUsesADecimalComma() {
    assertThat(values("es", "La ciudad tiene 250.000 habitantes.")).containsExactly(250000.0);
    assertThat(values("es", "El índice subió un 1,5 por ciento.")).containsExactly(1.5);
  }

  @Test
  void spanishScalesIncludingMilMillones() {
    assertThat(values("es", "Las ventas fueron de 1,17 mil millones de dólares."))
        .containsExactly(1.17e9);
    assertThat(values("es", "El plan cuesta 300 millones de euros.")).containsExactly(300e6);
    assertThat(values("es", "La deuda supera un billón de pesos.")).containsExactly(1e12);
  }

  @Test
  void spanishHedges() {
    assertThat(figures("es", "Al menos 12 personas murieron."))
        .extracting(Figure::qualifier)
        .containsExactly("at least");
    assertThat(figures("es", "Más de 300 casas ardieron."))
        .extracting(Figure::qualifier)
        .containsExactly("more than");
    assertThat(figures("es", "Llegaron unos 40 barcos."))
        .extracting(Figure::qualifier)
        .containsExactly("about");
    assertThat(figures("es", "Cerca de 900 invitados vinieron."))
        .extracting(Figure::qualifier)
        .containsExactly("nearly");
  }

  @Test
  void spanishSpelledOutNumbers() {
    assertThat(values("es", "Llegaron veintitrés barcos.")).containsExactly(23.0);
    assertThat(values("es", "Votaron mil doscientos socios.")).containsExactly(1200.0);
    assertThat(values("es", "Hay cuarenta y siete casos.")).containsExactly(47.0);
    assertThat(values("es", "Una mujer habló.")).isEmpty();
  }

  @Test
  void spanishRangeBetween() {
    List<Figure> f = figures("es", "Asistieron entre 150 y 200 personas.");
    assertThat(f).extracting(Figure::valueMin).containsExactly(150.0);
    assertThat(f).extracting(Figure::valueMax).containsExactly(200.0);
  }

  // Clock times, all three languages

  private static List<String> times(String language, String marked) {
    return figures(language, marked).stream().map(Figure::time).toList();
  }

  @Test
  void clockTimesAreTimesNotDecimalsOrDurations() {
    assertThat(times("fr", "Le train a déraillé à 7 h 52 vendredi.")).containsExactly("07:52");
    assertThat(times("fr", "L'alerte est tombée à 8h20.")).containsExactly("08:20");
    assertThat(times("fr", "Le conseil se réunit à 15 heures.")).containsExactly("15:00");
    assertThat(times("de", "Der Damm brach um 3.40 Uhr.")).containsExactly("03:40");
    assertThat(times("de", "Die Sitzung beginnt um 14 Uhr.")).containsExactly("14:00");
    assertThat(times("es", "El fuego empezó a las 15.20 horas.")).containsExactly("15:20");
    assertThat(times("es", "El fuego empezó a las 15 horas.")).containsExactly("15:00");
  }

  @Test
  void hoursWithoutMinutesOrATimeWordAreADuration() {
    List<Figure> f = figures("es", "Los bomberos trabajaron durante 24 horas.");
    assertThat(f).extracting(Figure::time).containsOnlyNulls();
    assertThat(f).extracting(Figure::value).containsExactly(24.0);
    assertThat(figures("fr", "Les secours ont travaillé pendant 12 heures."))
        .extracting(Figure::value)
        .containsExactly(12.0);
  }

  @Test
  void aPointBeforeADecimalIsNoLeadingZero() {
    // ".15.20" once built "0.15.20" and failed the article's analysis.
    assertThat(values(null, "The score was .15.20 at the break.")).doesNotContain(0.15);
    assertThat(values("de", "Stand: .15.20 Uhr")).doesNotContain(0.15);
    assertThat(values(null, "He hit .500 last season.")).containsExactly(0.5);
  }
}
