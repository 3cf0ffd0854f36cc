package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;
import org.storydiff.model.Sentence;
import org.storydiff.text.SentenceSplitter;
import org.storydiff.text.SentenceTokenizer;

class FigureExtractorTest {

  private static List<Figure> figures(String marked) {
    TestArticle a = TestArticle.of(marked);
    return new FigureExtractor().extract("a", a.body(), a.sentences());
  }

  @Test
  void aDottedDateIsNoNumber() {
    // a German press notice's time stamp run into its address: "06.2020" is no 6.202 of "CET"
    String body =
        "Ein Gläubiger der Varn AG hat einen Plan verlangt. Kontakt: info@varn.de19.06.2020"
            + " CET/CEST Die Mitteilung wurde verbreitet.";
    List<Sentence> sentences = new SentenceSplitter().split(body, "de");
    assertThat(
            new FigureExtractor()
                .extract("a", body, sentences, SentenceTokenizer.of(body, sentences, "de"), "de"))
        .extracting(Figure::text)
        .noneMatch(t -> t.contains("2020"));
  }

  @Test
  void aDurationInTwoUnitsIsOneFigureInTheLarger() {
    assertThat(figures("The winner crossed the line in 4 minutes 48 seconds."))
        .extracting(Figure::text, Figure::value, Figure::unit)
        .containsExactly(tuple("4 minutes 48 seconds", 4.8, "minutes"));
    assertThat(figures("The talks lasted 2 hours and 30 minutes."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(2.5, "hours"));
    // two durations of two things stay two
    assertThat(figures("He ran for 2 hours, then rested 30 minutes.")).hasSize(2);
  }

  @Test
  void overBeforeSeasonsIsThePeriodNotAHedge() {
    assertThat(figures("He averaged 20 points over three seasons with the club."))
        .filteredOn(f -> "seasons".equals(f.unit()))
        .singleElement()
        .satisfies(f -> assertThat(f.qualifier()).isNull());
  }

  @Test
  void spanCoversQualifierNumberAndCountedNoun() {
    assertThat(figures("Shelling killed at least 35 people in the town."))
        .extracting(Figure::text)
        .containsExactly("at least 35 people");
  }

  @Test
  void sameTollWordedThreeWaysGetsOneUnit() {
    assertThat(figures("35 people were killed in the raid."))
        .extracting(Figure::unit)
        .containsExactly("people killed");
    assertThat(figures("The raid killed 35 people."))
        .extracting(Figure::unit)
        .containsExactly("people killed");
    assertThat(figures("The raid left 35 people dead."))
        .extracting(Figure::unit)
        .containsExactly("people killed");
    assertThat(figures("35 people died in the raid."))
        .extracting(Figure::unit)
        .containsExactly("people killed");
  }

  @Test
  void attributionIsTheNearestSpeakerBeforeElseAfter() {
    List<Figure> f =
        figures(
            "Medics said 40 people were hurt, while the army said only 12 soldiers were injured.");
    assertThat(f)
        .extracting(Figure::value, Figure::attribution)
        .containsExactly(tuple(40.0, "Medics"), tuple(12.0, "the army"));
    assertThat(figures("The toll reached 57, the regional governor told reporters."))
        .extracting(Figure::attribution)
        .containsExactly("the regional governor");
    assertThat(figures("The toll reached 57, said police."))
        .extracting(Figure::attribution)
        .containsExactly("police");
    assertThat(figures("According to the health ministry, 57 people died."))
        .extracting(Figure::attribution)
        .containsExactly("the health ministry");
    assertThat(figures("57 people died.")).extracting(Figure::attribution).containsOnlyNulls();
  }

  @Test
  void groupingCommasDoNotChangeTheValue() {
    assertThat(figures("The city lost 2,187 residents."))
        .extracting(Figure::value)
        .containsExactly(2187.0);
    assertThat(figures("The city lost 2187 residents."))
        .extracting(Figure::value)
        .containsExactly(2187.0);
  }

  @Test
  void rangeHasBoundsAndNoSingleValueAndSharesTheScaleOfItsUpperBound() {
    assertThat(figures("Repairs will cost $3-4bn."))
        .extracting(Figure::value, Figure::valueMin, Figure::valueMax, Figure::unit)
        .containsExactly(tuple(null, 3.0e9, 4.0e9, "USD"));
    assertThat(figures("Between 150 and 200 migrants were rescued."))
        .extracting(Figure::valueMin, Figure::valueMax)
        .containsExactly(tuple(150.0, 200.0));
  }

  @Test
  void fromOneAmountToAnotherIsTheRangeItMovedAcrossWhicheverWay() {
    assertThat(figures("The toll rose from 12 to 19 overnight."))
        .extracting(Figure::valueMin, Figure::valueMax, Figure::unit)
        .containsExactly(tuple(12.0, 19.0, "killed"));
    assertThat(
            figures(
                "Growth will slow from 4.8 to 4.7 percent and the coin fell from $2,415 to $2,315."))
        .extracting(Figure::valueMin, Figure::valueMax, Figure::unit)
        .containsExactly(tuple(4.7, 4.8, "%"), tuple(2315.0, 2415.0, "USD"));
    assertThat(figures("Revenue rose to $7.4 billion from $6.8 billion."))
        .extracting(Figure::value)
        .containsExactly(7.4e9, 6.8e9);
  }

  @Test
  void signsFoldsAndGluedScalesAreRead() {
    assertThat(
            figures(
                "In Europe: Stoxx 50 -1.3% and the Dow +0.2%; the balance was $-50.8bn, minus-5 yards."))
        .extracting(Figure::value)
        .containsExactly(-1.3, 0.2, -5.08e10, -5.0);
    assertThat(
            figures(
                "Revenue grew sixfold and sales reached 2.7m units, but the 100m final was cancelled."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(6.0, "fold"), tuple(2_700_000.0, "units"), tuple(100.0, "m"));
    assertThat(figures("Rates rose to 1.38pc for men aged 18 to 34."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(1.38, "%"), tuple(null, "age"));
  }

  @Test
  void agesSetOffAfterANameOrClosingAnObituaryAreAges() {
    assertThat(figures("The victims were Rosa Lind, 61, and her son Tom Lind, 30."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(61.0, "age"), tuple(30.0, "age"));
    assertThat(figures("The painter died at 88 in his studio. He was 88."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(88.0, "age"), tuple(88.0, "age"));
    // a count closing a sentence after "was" is no age unless a person is the subject
    assertThat(figures("The final score was 88.")).extracting(Figure::unit).doesNotContain("age");
  }

  @Test
  void datesAreNoAmountsButCarryAnIsoDateAndTheYearBelongsToTheDate() {
    assertThat(figures("The accord was signed on March 3, 2021 in Geneva."))
        .extracting(Figure::text, Figure::value, Figure::date, Figure::unit)
        .containsExactly(tuple("March 3, 2021", null, "2021-03-03", "date"));
    assertThat(figures("Talks resume on February 24."))
        .extracting(Figure::date)
        .containsExactly("--02-24");
    assertThat(figures("The plant has been idle since June of 2018."))
        .extracting(Figure::date)
        .containsExactly("2018-06");
    assertThat(figures("The 1988 film was remade in 2016."))
        .extracting(Figure::date)
        .containsExactly("1988", "2016");
    assertThat(figures("The firm will employ 2000 people."))
        .extracting(Figure::value, Figure::date)
        .containsExactly(tuple(2000.0, null));
  }

  @Test
  void clockTimesAreNoAmountsButCarryTheTwentyFourHourTime() {
    assertThat(figures("Polls close at 8 p.m. and reopen at 12 am."))
        .extracting(Figure::value, Figure::time)
        .containsExactly(tuple(null, "20:00"), tuple(null, "00:00"));
    assertThat(figures("Talks begin at 08:20 GMT."))
        .extracting(Figure::time, Figure::unit)
        .containsExactly(tuple("08:20", "time GMT"));
    assertThat(figures("The quake struck at 0241 GMT and an aftershock at 1052 utc."))
        .extracting(Figure::value, Figure::time, Figure::unit)
        .containsExactly(tuple(null, "02:41", "time GMT"), tuple(null, "10:52", "time UTC"));
    assertThat(figures("The ship was built in 1952 and 2400 GMT staff went home."))
        .extracting(Figure::time)
        .containsOnlyNulls();
  }

  @Test
  void upToAfterAVerbOfReachingIsNoHedgeAndANamedMaximumIsOne() {
    assertThat(figures("The vote came in, bringing us up to 83% of precincts."))
        .extracting(Figure::qualifier)
        .containsOnlyNulls();
    assertThat(figures("Turnout could reach up to 83% of voters."))
        .extracting(Figure::qualifier)
        .containsExactly("up to");
    assertThat(figures("Storms pushed the toll up to 40 people."))
        .extracting(Figure::qualifier)
        .containsOnlyNulls();
    assertThat(figures("It ships with 4GB of memory, expandable to 8GB."))
        .extracting(Figure::qualifier)
        .containsExactly(null, "up to");
    // right before "up to", a verb of bringing takes a bound
    assertThat(figures("The dam could bring up to 700 jobs to Orsa."))
        .extracting(Figure::qualifier)
        .containsExactly("up to");
    assertThat(figures("He faces a maximum sentence of 15 years and a minimum term of 5 years."))
        .extracting(Figure::qualifier)
        .containsExactly("up to", "at least");
  }

  @Test
  void aPartCountsWhatItsWholeCountsAndTheHeadNounIsKept() {
    assertThat(figures("The striker sat out 4 of the club's 12 matches with a knee injury."))
        .extracting(Figure::text, Figure::unit)
        .containsExactly(tuple("4", "matches"), tuple("12 matches", "matches"));
    assertThat(figures("Engineers said two out of three cables were down."))
        .extracting(Figure::unit)
        .containsExactly("cables", "cables");
    assertThat(figures("The keeper played 9 total matches for the Rovers' 20 wins."))
        .extracting(Figure::unit)
        .first()
        .isEqualTo("matches");
    // a whole smaller than the part is no whole: "one" is an article here
    assertThat(figures("At least 9 of one clan were hurt."))
        .extracting(Figure::value, Figure::unit)
        .first()
        .isEqualTo(tuple(9.0, null));
    assertThat(figures("Calls stopped after three major undersea data cables were cut."))
        .extracting(Figure::unit)
        .containsExactly("undersea data cables");
    assertThat(figures("A 6.4 magnitude tremor rocks Varna's old port."))
        .extracting(Figure::unit)
        .containsExactly("magnitude");
    assertThat(figures("She skipped more than half of Ann Lee's meetings."))
        .extracting(Figure::unit)
        .containsExactly("meetings");
  }

  @Test
  void aSpacedPrefixJoinsItsNounButNoVerb() {
    assertThat(figures("The clerk shot two co - workers at the depot."))
        .extracting(Figure::unit)
        .containsExactly("co-workers");
    assertThat(figures("The two co - founded a bakery in 1990."))
        .extracting(Figure::unit)
        .doesNotContain("co-founded");
  }

  @Test
  void anAgeAfterDyingSomewhereCloses() {
    assertThat(figures("The former mayor died in hospital at 81."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(81.0, "age"));
    assertThat(figures("The ferry sank in the bay at 6 p.m."))
        .extracting(Figure::unit)
        .doesNotContain("age");
  }

  @Test
  void anAdverbBeforeTheCountedNounIsPassedOver() {
    assertThat(figures("Troops seized 13 fully loaded magazines and 4 badly damaged boats."))
        .extracting(Figure::unit)
        .containsExactly("loaded magazines", "damaged boats");
  }

  @Test
  void aFractionSpacedByScrapingIsNoFigureAndAConversionTakesTheHedge() {
    assertThat(figures("He spoke for 4 1 / 2 hours and served 41 / 2 months in prison.")).isEmpty();
    assertThat(figures("Buckley fell about 600 metres (2,000 feet) from the ridge."))
        .extracting(Figure::value, Figure::qualifier)
        .containsExactly(tuple(600.0, "about"), tuple(2000.0, "about"));
    assertThat(figures("Buckley fell 600 metres (2,000 feet) from the ridge."))
        .extracting(Figure::qualifier)
        .containsOnlyNulls();
  }

  @Test
  void weekdaysAndOrdinalsAreFiguresWithoutAValue() {
    assertThat(figures("It was the third attack on Monday."))
        .extracting(Figure::unit, Figure::value)
        .containsExactly(tuple("ordinal", null), tuple("weekday", null));
  }

  @Test
  void vagueAmountsSpanAnOrderOfMagnitudeAndHaveNoSingleValue() {
    assertThat(figures("Hundreds of thousands of people fled."))
        .extracting(
            Figure::value, Figure::valueMin, Figure::valueMax, Figure::qualifier, Figure::unit)
        .containsExactly(tuple(null, 100_000.0, 1_000_000.0, "vague", "people"));
  }

  @Test
  void pronounOneIsNotAFigureButOneOfTheGuardsIs() {
    assertThat(figures("No one was hurt and they blamed one another.")).isEmpty();
    assertThat(figures("One of the guards fled."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(1.0, "guards"));
    assertThat(figures("One person was killed."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(1.0, "person killed"));
  }

  @Test
  void qualifierSynonymsShareOneName() {
    assertThat(figures("Around 1,500 and roughly 300 and some 40 and an estimated 9 people fled."))
        .extracting(Figure::qualifier)
        .containsOnly("about");
    assertThat(figures("Turnout was just under 48 per cent."))
        .extracting(Figure::qualifier)
        .containsExactly("nearly");
    assertThat(figures("As many as 600 police officers were deployed."))
        .extracting(Figure::qualifier)
        .containsExactly("up to");
  }

  @Test
  void overBeforeAnUncountedNumberKeepsItsQualifier() {
    // regression: a null unit once crashed the duration check for "over"/"under"
    assertThat(figures("Temperatures rose to over 40."))
        .extracting(Figure::value, Figure::qualifier)
        .containsExactly(tuple(40.0, "more than"));
    assertThat(figures("The deal is worth $1bn over five years."))
        .extracting(Figure::qualifier)
        .containsExactly(null, null);
  }

  @Test
  void moneyGetsItsIsoCodeWhateverTheWriting() {
    assertThat(figures("It cost US$2.7 billion, HK$4.8 billion, USD 40 million and Rs 450 crore."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(
            tuple(2.7e9, "USD"), tuple(4.8e9, "HKD"), tuple(4.0e7, "USD"), tuple(4.5e9, "INR"));
    assertThat(figures("The fine was 2.5 million Swiss francs."))
        .extracting(Figure::unit)
        .containsExactly("CHF");
    assertThat(figures("Police found 200 pounds of explosives."))
        .extracting(Figure::unit)
        .containsExactly("pounds");
  }

  @Test
  void unitsOfMeasureHaveOneSpelling() {
    assertThat(figures("The convoy stretched for 64 kilometres."))
        .extracting(Figure::unit)
        .containsExactly("km");
    assertThat(figures("The convoy stretched for 64 km."))
        .extracting(Figure::unit)
        .containsExactly("km");
    assertThat(figures("It has 256GB of storage and reached 41°C."))
        .extracting(Figure::unit)
        .containsExactly("GB", "°C");
  }

  @Test
  void numbersInNamesResultsAndLabelsAreNotFigures() {
    assertThat(figures("The iPhone 15 and the S&P 500 fell after the 9/11 anniversary.")).isEmpty();
    assertThat(figures("the sp 500 fell.")).isEmpty();
    assertThat(figures("The match ended 2-1 and the court ruled 5-4.")).isEmpty();
  }

  @Test
  void wordsFractionsAndDozensAreAmounts() {
    assertThat(
            figures("Half of the members, a third of the staff and two-thirds of voters agreed."))
        .extracting(Figure::value)
        .containsExactly(0.5, 1.0 / 3, 2.0 / 3);
    assertThat(
            figures(
                "A dozen ambulances and two dozen doctors came; nearly half a million people waited."))
        .extracting(Figure::value)
        .containsExactly(12.0, 24.0, 500_000.0);
  }

  @Test
  void titlesListMarkersAndIdsAreNotFigures() {
    assertThat(figures("There is no Four Seasons in the city, said a member of the Gang of Eight."))
        .isEmpty();
    assertThat(figures("2. Donald Trump.")).isEmpty();
    assertThat(figures("The post had tweet id 778257943577919488.")).isEmpty();
    assertThat(figures("The poll has a margin of error of plus or minus three percentage points."))
        .extracting(Figure::value)
        .containsExactly(3.0);
  }

  @Test
  void moneyCarriesItsIso4217CurrencyAndAWordSeveralCountriesUseDoesNot() {
    assertThat(figures("The group raised HK$5.4m and 5 billion yuan."))
        .extracting(Figure::value, Figure::currency)
        .containsExactly(tuple(5.4e6, "HKD"), tuple(5.0e9, "CNY"));
    assertThat(figures("It cost 40 million francs."))
        .extracting(Figure::unit, Figure::currency)
        .containsExactly(tuple("francs", null));
    assertThat(figures("Rescuers saved 40 people."))
        .extracting(Figure::currency)
        .containsOnlyNulls();
  }

  @Test
  void spelledRangesAndFractionsAreOneFigure() {
    assertThat(figures("Four to five thousand people marched."))
        .extracting(Figure::valueMin, Figure::valueMax, Figure::unit)
        .containsExactly(tuple(4000.0, 5000.0, "people"));
    assertThat(figures("Nearly three-quarters of the households lost power."))
        .extracting(Figure::value, Figure::qualifier)
        .containsExactly(tuple(0.75, "nearly"));
    assertThat(figures("The walk is two and a half miles."))
        .extracting(Figure::value)
        .containsExactly(2.5);
    assertThat(figures("He scored between ten and fifteen."))
        .extracting(Figure::valueMin, Figure::valueMax)
        .containsExactly(tuple(10.0, 15.0));
  }

  @Test
  void aRangeOfYearsIsNoAmountButACaloriesRangeIs() {
    assertThat(figures("An adult needs 2000 - 2500 calories."))
        .extracting(Figure::valueMin, Figure::valueMax)
        .containsExactly(tuple(2000.0, 2500.0));
    assertThat(figures("The war lasted 1939-1945."))
        .extracting(Figure::valueMax)
        .containsOnlyNulls();
  }

  @Test
  void modelNamesAndDottedNamesAreNoFigures() {
    assertThat(figures("The airline grounded its 737 Max fleet.")).isEmpty();
    assertThat(figures("Volkswagen said the ID.4 sold well.")).isEmpty();
  }

  @Test
  void aCountReportedBySomeoneHasThemAsSourceButAPassiveHasNone() {
    assertThat(figures("The UN has recorded 596 civilian deaths."))
        .extracting(Figure::attribution)
        .containsExactly("The UN");
    assertThat(figures("Some 596 deaths were recorded."))
        .extracting(Figure::attribution)
        .containsOnlyNulls();
  }

  @Test
  void hedgesWrittenAsPhrasesAreAbout() {
    assertThat(figures("Damage is in the vicinity of $1 million."))
        .extracting(Figure::qualifier)
        .containsExactly("about");
    assertThat(figures("The cost is on the order of 300 euros."))
        .extracting(Figure::qualifier)
        .containsExactly("about");
  }
}
