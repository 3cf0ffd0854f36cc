package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.diff.FigureMeasure.Scope;
import org.storydiff.extract.FigureExtractor;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.SentenceTokenizer;

/** What a figure measures, read from its own sentence, and when two measures are one. */
class FigureMeasureTest {

  /** The measure of the figure of {@code sentence} whose text contains {@code number}. */
  private static Read read(String sentence, String number) {
    return read(sentence, number, null);
  }

  private static Read read(String sentence, String number, String language) {
    List<Sentence> sentences = List.of(new Sentence(0, 0, sentence.length(), 0, SentenceKind.BODY));
    SentenceTokens tokens = SentenceTokenizer.of(sentence, sentences, language);
    List<Fact> facts =
        List.copyOf(new FigureExtractor().extract("a", sentence, sentences, tokens, language));
    AnalyzedArticle article =
        new AnalyzedArticle(
            new Article("a", "Agency a", sentence, null, null, null, language, null),
            sentences,
            tokens,
            SentenceTokenizer.ofText(""),
            facts);
    Figure f =
        facts.stream()
            .map(Figure.class::cast)
            .filter(g -> g.text().contains(number))
            .findFirst()
            .orElseThrow();
    return new Read(f, FigureMeasure.of(article, f));
  }

  private record Read(Figure figure, FigureMeasure measure) {}

  private static boolean apart(Read a, Read b) {
    return SameFigureFact.apartDespiteEqualValue(a.figure(), a.measure(), b.figure(), b.measure());
  }

  private static String disagreement(Read a, Read b) {
    return SameFigureFact.disagreement(a.figure(), a.measure(), b.figure(), b.measure());
  }

  @Test
  void anAgeBeforeItsNounIsThatPersonsAge() {
    Read daughter = read("She was picking up her 11-year-old daughter at the gate.", "11");
    Read girl = read("Mara Lenz, who was shot along with an 11-year-old girl, spoke.", "11");
    Read named = read("Mara Lenz, 11, is recovering.", "11");

    assertThat(daughter.measure().noun()).isEqualTo("age daughter");
    // the relative clause is about Mara Lenz; the age is the girl's
    assertThat(girl.measure().holder()).isNull();
    assertThat(girl.measure().noun()).isEqualTo("age girl");
    assertThat(named.measure().holder()).isEqualTo("Mara Lenz");
    assertThat(apart(daughter, girl)).isTrue();
  }

  @Test
  void outcomeIsOneWordForOneEvent() {
    assertThat(read("The blast killed 35 people in the market.", "35").measure().outcome())
        .isEqualTo("killed");
    assertThat(read("52 people died in the earthquake.", "52").measure().outcome())
        .isEqualTo("killed");
    assertThat(read("The storm injured 80 people.", "80").measure().outcome()).isEqualTo("injured");
    assertThat(read("Firefighters were on the scene within 20 minutes.", "20").measure().read())
        .isFalse();
  }

  @Test
  void timeIsTheNearestDayOrPeriodOfTheSentence() {
    assertThat(read("Police arrested 14 people on Friday.", "14").measure().time())
        .isEqualTo("friday");
    assertThat(read("The firm shipped 9 million tablets last year.", "9").measure().time())
        .isEqualTo("last year");
    assertThat(read("The firm shipped 9 million tablets.", "9").measure().time()).isNull();
  }

  @Test
  void aMonthOrWeekdayInGermanFrenchOrSpanishIsTheCountsTime() {
    Read march = read("Im März gab es 17 Verletzte.", "17", "de");
    Read may = read("Im Mai gab es 23 Verletzte.", "23", "de");
    assertThat(march.measure().time()).isEqualTo("march");
    assertThat(may.measure().time()).isEqualTo("may");
    assertThat(disagreement(march, may)).contains("different times");
    assertThat(
            read("El martes resultaron heridas 45 personas en Varna.", "45", "es").measure().time())
        .isEqualTo("tuesday");
    assertThat(read("Dabei gab es 17 Verletzte.", "17", "de").measure().time()).isNull();
  }

  @Test
  void scopeSeparatesPerHeadAmountsAndParts() {
    assertThat(read("Each pensioner will get $250 from the fund.", "250").measure().scope())
        .isEqualTo(Scope.PER);
    assertThat(read("The raid killed 20 people, 6 of them police officers.", "6").measure().scope())
        .isEqualTo(Scope.PART);
    assertThat(read("The striker scored 12 of his 40 shots.", "40").measure().scope())
        .isEqualTo(Scope.OUT_OF);
    assertThat(read("The raid killed 20 people.", "20").measure().scope()).isEqualTo(Scope.WHOLE);
  }

  @Test
  void anArticleMeansPerOnlyAfterTheAmount() {
    assertThat(read("The bank will pay a dividend of 64 cents a share.", "64").measure().scope())
        .isEqualTo(Scope.PER);
    assertThat(read("Corvex bought the maker in a US $5.4 billion deal.", "5.4").measure().scope())
        .isEqualTo(Scope.WHOLE);
  }

  @Test
  void countsBesideAnotherWindowsAndMembershipAreScopesOfTheirOwn() {
    assertThat(read("Troops seized nine rifles and two other rifles.", "two").measure().scope())
        .isEqualTo(Scope.MORE);
    assertThat(read("Rescuers pulled 5 more people from the rubble.", "5").measure().scope())
        .isEqualTo(Scope.MORE);
    assertThat(read("He scored 40 points in his last two games.", "two").measure().scope())
        .isEqualTo(Scope.WINDOW);
    assertThat(read("Police made 12 arrests in the past 24 hours.", "24").measure().scope())
        .isEqualTo(Scope.WINDOW);
    assertThat(read("Two of the country's largest banks were hit.", "Two").measure().scope())
        .isEqualTo(Scope.PART);
    assertThat(read("The firm is one of the largest lenders.", "one").measure().scope())
        .isEqualTo(Scope.ONE_OF);
    assertThat(read("He played 14 games for the club.", "14").measure().scope())
        .isEqualTo(Scope.WHOLE);
  }

  @Test
  void differentCountsBesideOthersOrOverWindowsAreTwoFacts() {
    assertThat(
            disagreement(
                read("Another two people were killed in the north.", "two"),
                read("Another four people were killed in the north.", "four")))
        .contains("relative");
    assertThat(
            disagreement(
                read("He scored 30 points in his last two games.", "two"),
                read("He scored 30 points in his last three games.", "three")))
        .contains("relative");
    assertThat(read("Nearly 90% of the traffic runs on the cable.", "90").measure().scope())
        .isEqualTo(Scope.WHOLE);
  }

  @Test
  void aOneWordHolderIsTheFullestNameTheArticleGives() {
    assertThat(
            read("Bryan Dorsey saw the gunman. Dorsey's been at the plant for 37 years.", "37")
                .measure()
                .holder())
        .isEqualTo("Bryan Dorsey");
    assertThat(read("Yesterday Dorsey said he had 37 years there.", "37").measure().holder())
        .isNull();
  }

  @Test
  void aDurationSinceAnEventAndAPossessivePeriodSayWhen() {
    assertThat(
            disagreement(
                read("He must serve at least 45 years in prison.", "45"),
                read("It is more than two years since his indictment.", "two")))
        .isNotNull();
    assertThat(read("Jeffs, who was indicted more than two years ago, appeared.", "two").measure())
        .extracting(FigureMeasure::pointInTime)
        .isEqualTo(true);
    assertThat(read("Jeffs will spend at least 45 years in prison.", "45").measure().pointInTime())
        .isFalse();
    assertThat(
            disagreement(
                read("He entered the game with 2,282 points.", "2,282"),
                read("He needed nine points to pass the record.", "nine")))
        .isNotNull();
    assertThat(read("Five people died in the previous year's quake.", "Five").measure().time())
        .isEqualTo("previous year");
  }

  @Test
  void countsOfTwoCollectivesAreTwoFactsEvenWithOneValue() {
    Read crowd = read("On Friday a crowd of about 2,400 people marched to the harbour.", "2,400");
    Read poll =
        read("The Vantis survey of 2,400 people gave a 2 percent margin of error.", "2,400");
    assertThat(crowd.measure().collective()).isEqualTo("crowd");
    assertThat(poll.measure().collective()).isEqualTo("survey");
    assertThat(apart(crowd, poll)).isTrue();
    // A collective read on one side only, or one that names nothing, keeps the pair possible.
    Read marched = read("About 2,400 people marched to the harbour on Friday.", "2,400");
    assertThat(marched.measure().collective()).isNull();
    assertThat(apart(crowd, marched)).isFalse();
    assertThat(read("A total of 2,400 people marched.", "2,400").measure().collective()).isNull();
    assertThat(read("The toll rose to 41 people.", "41").measure().collective()).isNull();
  }

  @Test
  void distancesFromTwoNamedPlacesAreTwoFacts() {
    Read cobb =
        read("The quake was centered about 3 miles southwest of Cobb, officials said.", "3");
    Read geysers = read("An earlier quake struck three miles east of The Geysers.", "three");
    assertThat(cobb.measure().place()).isEqualTo("Cobb");
    assertThat(geysers.measure().place()).isEqualTo("Geysers");
    assertThat(disagreement(cobb, geysers)).isNotNull();
    // One value, and a one-word place against a longer one: still two places.
    Read lakeport = read("It struck three miles north of Lake Port Harlow.", "three");
    assertThat(lakeport.measure().place()).isEqualTo("Lake Port Harlow");
    assertThat(apart(geysers, lakeport)).isTrue();
    assertThat(read("The boat sank 12 km off the coast.", "12").measure().place()).isNull();
    assertThat(read("The ship was 150 nautical miles west of Aden.", "150").measure().place())
        .isEqualTo(
            read("Pirates fired on it about 150 nautical miles off Aden.", "150")
                .measure()
                .place());
  }

  @Test
  void aPossessivePronounNamesTheClausesSubjectAsHolder() {
    String line =
        "Ana Ruiz leads the team, while Samuel Dalembert is down almost five points per game with"
            + " his 5.8 points.";
    assertThat(read(line, "5.8").measure().holder()).isEqualTo("Samuel Dalembert");
    assertThat(read("Police said his 3 children were safe.", "3").measure().holder()).isNull();
  }

  @Test
  void aRelativeClauseGivesTheNameItDescribesAsHolder() {
    assertThat(
            read(
                    "Dough mixer Ana Ruiz, who has worked at the plant for nearly 30 years, was there.",
                    "30")
                .measure()
                .holder())
        .isEqualTo("Ana Ruiz");
    assertThat(
            read("Police, who said 14 people were hurt, closed the road.", "14").measure().holder())
        .isNull();
  }

  @Test
  void holderIsTheNameRightAtTheFigure() {
    assertThat(read("Ana Pereira, 29, was arrested at the scene.", "29").measure().holder())
        .isEqualTo("Ana Pereira");
    assertThat(read("In the final, Maxim Orlov scored 31 points.", "31").measure().holder())
        .isEqualTo("Maxim Orlov");
    assertThat(read("Vantor's 12 percent stake was sold.", "12").measure().holder())
        .isEqualTo("Vantor");
    assertThat(read("The league said Maxim Orlov had 9 rebounds.", "9").measure().holder())
        .isEqualTo("Maxim Orlov");
    // a source, a place before a count, a common noun opening the sentence: no holder
    assertThat(read("Police said 14 people were hurt.", "14").measure().holder()).isNull();
    assertThat(read("In Brask, 2,000 people marched.", "2,000").measure().holder()).isNull();
    assertThat(read("Firefighters saved 3 horses from the barn.", "3").measure().holder()).isNull();
  }

  @Test
  void holdersThatDifferAreTwoFacts() {
    assertThat(
            disagreement(
                read("Maxim Orlov scored 31 points in the final.", "31"),
                read("Ivo Brandt scored 12 points in the final.", "12")))
        .startsWith("different holders");
    assertThat(
            disagreement(
                read("Maxim Orlov scored 31 points in the final.", "31"),
                read("In the final, Orlov scored 29 points.", "29")))
        .isNull();
    assertThat(
            disagreement(
                read("Ana Pereira, 29, was arrested.", "29"),
                read("Ana Pereira, 31, was arrested.", "31")))
        .isNull();
    assertThat(
            disagreement(
                read("Ana Pereira, 29, was arrested.", "29"),
                read("Lea Sousa, 31, was arrested.", "31")))
        .isNotNull();
  }

  @Test
  void aDurationAgoSaysWhenNotHowLong() {
    assertThat(
            disagreement(
                read("He was charged 3 years ago in Texas.", "3"),
                read("He was charged and faces 40 years in Texas.", "40")))
        .isNotNull();
  }

  @Test
  void anotherCountIsBesideTheFirst() {
    assertThat(read("Another 400 people fled the valley.", "400").measure().scope())
        .isEqualTo(Scope.MORE);
    assertThat(read("A further 12 homes were damaged.", "12").measure().scope())
        .isEqualTo(Scope.MORE);
  }

  @Test
  void unitOfMeasureNeedsWhatItMeasures() {
    assertThat(read("Analysts expect $4 billion.", "4").measure().read()).isFalse();
    assertThat(read("The truck dumped 40 tonnes of gravel on the road.", "40").measure().read())
        .isTrue();
    assertThat(read("The truck dumped 40 tonnes of gravel on the road.", "40").measure().noun())
        .contains("gravel");
    assertThat(read("The club paid $4 million for the forward.", "4").measure().outcome())
        .isEqualTo("paid");
  }

  @Test
  void differingValuesPairOnlyWhenTheMeasuresAgree() {
    assertThat(
            disagreement(
                read("The flood killed 12 villagers.", "12"),
                read("The flood killed 15 villagers.", "15")))
        .isNull();
    assertThat(
            disagreement(
                read("The flood killed 12 villagers.", "12"),
                read("The flood injured 40 villagers.", "40")))
        .startsWith("different outcomes");
    assertThat(
            disagreement(
                read("Police arrested 14 people on Friday.", "14"),
                read("Police arrested 30 people on Saturday.", "30")))
        .startsWith("different times");
    assertThat(
            disagreement(
                read("Each pensioner will get $250 from the fund.", "250"),
                read("The fund will pay $9 million to pensioners.", "9")))
        .isNotNull();
    // an age closing an obituary ("He was 64.") whose person is not named
    assertThat(disagreement(read("He was 64.", "64"), read("He was 65.", "65")))
        .isEqualTo("ages, perhaps of different people");
    assertThat(disagreement(read("Its depth was 64.", "64"), read("Its depth was 65.", "65")))
        .isEqualTo(SameFigureFact.NOT_READ);
  }

  @Test
  void oneNumberHedgedOnOneSideNeedsOnlyItsUnit() {
    assertThat(
            disagreement(
                read("The deal is valued at about $4 billion.", "4"),
                read("The deal is valued at $4 billion.", "4")))
        .isNull();
  }

  @Test
  void aGermanFiguresMeasureIsItsUnitNotEnglishWordsAroundIt() {
    // "die" is a German article, not "died".
    Read evacuated =
        read(
            "Die Einsatzkräfte brachten mindestens 600 Menschen in Sicherheit, die dort wohnten.",
            "600",
            "de");
    assertThat(evacuated.measure().outcome()).isNull();
    assertThat(read("Bei dem Unglück gab es 17 Verletzte.", "17", "de").measure().outcome())
        .isEqualTo("injured");
  }
}
