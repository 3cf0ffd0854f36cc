package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.text.SentenceSplitter;
import org.storydiff.text.SentenceTokenizer;

/** Quote speakers in German, French and Spanish copy (invented sentences). */
class LocalAttributionTest {

  private static List<Quote> quotes(String body, String language) {
    List<Sentence> sentences = new SentenceSplitter().split(body, language);
    return new QuoteExtractor()
        .extract("a", body, sentences, SentenceTokenizer.of(body, sentences, language), language);
  }

  private static String speakerOf(String body, String language) {
    List<Quote> q = quotes(body, language);
    assertThat(q).as("quotes of %s", body).isNotEmpty();
    return q.get(0).speaker();
  }

  @Test
  void frenchAttributionsAfterTheQuote() {
    assertThat(
            speakerOf(
                "« Le train n'avait aucune chance », a déclaré le préfet Jean-Marc Rivaud.", "fr"))
        .isEqualTo("Jean-Marc Rivaud");
    assertThat(
            speakerOf(
                "« Le pont tiendra », a affirmé la maire de Valbonne, Claire Obert, jeudi.", "fr"))
        .isEqualTo("Claire Obert");
    assertThat(speakerOf("« Tout est calme », selon Claire Obert.", "fr"))
        .isEqualTo("Claire Obert");
  }

  @Test
  void frenchPronounTakesThePreviousSpeaker() {
    List<Quote> q =
        quotes(
            "« Nous partons », a déclaré Claire Obert.\n\n« Il le faut », a-t-elle ajouté.", "fr");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker()).isEqualTo("Claire Obert (elle)");
    assertThat(q.get(1).speakerHow()).isEqualTo("pronoun");
  }

  @Test
  void frenchIntroducedQuoteFindsItsSubjectPastAnApposition() {
    assertThat(
            speakerOf(
                "Samuel Giraudet, délégué syndical des cheminots de la CFV, a pour sa part dénoncé"
                    + " un manque d'entretien de la ligne\u00a0: « Nous le signalons depuis des"
                    + " mois. »",
                "fr"))
        .isEqualTo("Samuel Giraudet");
  }

  @Test
  void germanAttributions() {
    assertThat(speakerOf("„Wir bleiben hier“, sagte Bürgermeisterin Anke Lorenz.", "de"))
        .isEqualTo("Anke Lorenz");
    assertThat(
            speakerOf(
                "Kreisbrandmeister Torsten Brehme sagte: „Wir sind von Haus zu Haus gefahren.“",
                "de"))
        .isEqualTo("Torsten Brehme");
    assertThat(
            speakerOf(
                "„Es war knapp“, sagte der Sprecher der Feuerwehr, Jens Hartwig, am Morgen.", "de"))
        .isEqualTo("Jens Hartwig");
  }

  @Test
  void germanVerbsOfSummingUpAndOfSeveralSpeakers() {
    assertThat(
            speakerOf(
                "„Die Lage bleibt ernst“, fasst Einsatzleiterin Petra Hollmann die Nacht zusammen.",
                "de"))
        .isEqualTo("Petra Hollmann");
    assertThat(
            speakerOf(
                "„Wir trauern um ihn“, erklären Bürgermeister Jonas Albrecht und Stadträtin Ute"
                    + " Berg.",
                "de"))
        .isEqualTo("Jonas Albrecht");
  }

  @Test
  void aGermanAmountIsNoName() {
    List<Quote> q =
        quotes(
            "Die Union habe versprochen, bis Ende 2016 die ersten drei Milliarden Euro zu zahlen,"
                + " sagte der Sprecher und klagte: „Wir warten noch immer.“",
            "de");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speakerName()).isNull();
  }

  @Test
  void aGermanRoleNamesThePersonIntroducedWithACompoundOfIt() {
    List<Quote> q =
        quotes(
            "Außenministerin Lena Korth traf am Morgen in Valdoria ein.\n\n"
                + "„Wir warten noch immer auf das Geld“, sagte die Ministerin.",
            "de");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speakerName()).isEqualTo("Lena Korth");
  }

  @Test
  void aSurnameIsAWholeWordOfAnEarlierName() {
    // "Reise" begins "Reiseveranstalter": no earlier name ends with it.
    List<Quote> q =
        quotes("Viele Reiseveranstalter haben abgesagt. „Es gibt Umstände“, sagte Reise.", "de");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speakerName()).isNull();
  }

  @Test
  void germanRoleNamesThePersonIntroducedWithIt() {
    List<Quote> q =
        quotes(
            "Landrat Ulrich Sandmann sprach von einer Katastrophe.\n\n"
                + "Der Landrat kündigte an: „Wir werden genau prüfen, warum der Damm brach.“",
            "de");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speakerName()).isEqualTo("Ulrich Sandmann");
  }

  @Test
  void spanishAttributionsAndAVerbWithoutSubjectKeepsThePreviousSpeaker() {
    assertThat(speakerOf("«El fuego saltó la carretera», dijo el alcalde, Tomás Echevarría.", "es"))
        .isEqualTo("Tomás Echevarría");
    assertThat(speakerOf("La consejera Marta Ibarra afirmó: «Lo tenemos controlado».", "es"))
        .isEqualTo("Marta Ibarra");
    List<Quote> q =
        quotes(
            "«No hay heridos graves», dijo Marta Ibarra.\n\n«Seguimos trabajando», añadió.", "es");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speakerName()).isEqualTo("Marta Ibarra");
  }

  @Test
  void aPronounWithNoQuoteBeforeNamesTheLatestPersonNamed() {
    assertThat(
            quotes(
                    "Das Haus wurde beschossen, erklärte die FDP-Politikerin Karoline Preisler."
                        + " „Es gibt Menschen, die nicht stoppen“, erklärte sie.",
                    "de")
                .get(0)
                .speakerName())
        .isEqualTo("Karoline Preisler");
  }

  @Test
  void aVerbWithoutSubjectNamesThePersonOfTheSentenceBefore() {
    List<Quote> q =
        quotes(
            "Lo explicó el portavoz Roy Guzmán en la feria. «Lo vamos a llevar a todas partes»,"
                + " apuntó.",
            "es");
    assertThat(q.get(0).speakerName()).isEqualTo("Roy Guzmán");
    assertThat(q.get(0).speakerHow()).isEqualTo("adjacent");
  }

  @Test
  void aLoneCapitalizedWordAfterTheVerbIsANameWhereNounsAreLowerCase() {
    assertThat(speakerOf("«Era una casa bonita», dijo Dunne.", "es")).isEqualTo("Dunne");
    assertThat(speakerOf("« Gros problème », a répondu brusquement Gantz mercredi.", "fr"))
        .isEqualTo("Gantz");
    // German capitalizes every noun: "Anfang" is no speaker.
    assertThat(
            quotes("„Wir bleiben“, sagte Anfang der Woche ein Sprecher.", "de")
                .get(0)
                .speakerName())
        .isNull();
  }

  @Test
  void aNameAndAColonBeforeTheQuoteSpeakIt() {
    assertThat(speakerOf("Nadal: «La Copa no es una preparación»", "es")).isEqualTo("Nadal");
    assertThat(speakerOf("Claire Obert : « Le pont tiendra »", "fr")).isEqualTo("Claire Obert");
    assertThat(quotes("Fazit: „Es war ein gutes Jahr.“", "de").get(0).speakerName()).isNull();
    assertThat(quotes("Dijo: «La sesión sigue abierta»", "es").get(0).speakerName()).isNull();
  }

  @Test
  void aNameInsideThePhraseThatDoesNotHeadItIsNoSpeaker() {
    assertThat(
            quotes("„Wir müssen schneller sein“, sagte Gentres am Dienstag in New York.", "de")
                .get(0)
                .speakerName())
        .isNull();
    assertThat(quotes("(VIDÉO : « Partez tous ! » : la foule chasse un reporter)", "fr"))
        .allSatisfy(q -> assertThat(q.speakerName()).isNull());
  }
}
