package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Quote;

class QuoteExtractorTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String marked) {
    TestArticle a = TestArticle.of(marked);
    List<Quote> found = extractor.extract("art", a.body(), a.sentences());
    for (Quote q : found) {
      assertThat(q.text()).isEqualTo(a.body().substring(q.start(), q.end()));
    }
    return found;
  }

  @Test
  void straightQuoteWithSpeakerAfterAndTitleStripped() {
    List<Quote> q =
        quotes("\"The dam will hold through the winter,\" said Energy Minister Halyna Korniyenko.");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker)
        .containsExactly(tuple("The dam will hold through the winter", "Halyna Korniyenko"));
    assertThat(q.get(0).text()).startsWith("\"The dam").endsWith("winter,\"");
    assertThat(q.get(0).factId()).isEqualTo("art#q1");
  }

  @Test
  void anAbbreviatedRankTitlesTheNameAfterIt() {
    assertThat(quotes("\"The driver is dangerous,\" said Lt. Ivo Brandt of the county police."))
        .extracting(Quote::speaker)
        .containsExactly("Ivo Brandt");
    assertThat(quotes("\"He was shaken,\" said harbour police Sgt. Mara Velt."))
        .extracting(Quote::speaker)
        .containsExactly("Mara Velt");
  }

  @Test
  void theSubjectOfAPassiveVerbOfHearingIsTheSpeaker() {
    assertThat(quotes("\"Keep the gates shut,\" Tomas Orlo was heard saying on the tape."))
        .extracting(Quote::speaker)
        .containsExactly("Tomas Orlo");
    assertThat(quotes("On the tape Tomas Orlo can be heard saying: \"Keep the gates shut.\""))
        .extracting(Quote::speaker)
        .containsExactly("Tomas Orlo");
  }

  @Test
  void nameBeforeAnAppositionNamingAnInstitutionIsTheSpeaker() {
    List<Quote> q =
        quotes(
            "Ilse Varn, a geologist at the Northern Survey Office, said tremors \u201Cmay last for months\u201D.");
    assertThat(q).extracting(Quote::speaker).containsExactly("Ilse Varn");
  }

  @Test
  void nameBeforeALongAppositionEndingInAPlaceIntroducesTheQuote() {
    List<Quote> q =
        quotes(
            "The grid is small. Tove Arlan, Deputy Minister to the President of the Republic of"
                + " Vessia, in charge of Energy and Mines, said: \u201CThe plant is a start.\u201D");
    assertThat(q).extracting(Quote::speaker).containsExactly("Tove Arlan");
  }

  @Test
  void aQuoteAfterSomeoneElseIsNamedDoesNotInheritTheEarlierSpeaker() {
    List<Quote> q =
        quotes(
            "Project manager Ivo Dal said: \u201CThe base opens in May.\u201D Pia Stenn, an"
                + " architect from Orsa, designed the base. \u201CIt will be light and open.\u201D");
    assertThat(q).extracting(Quote::speaker).containsExactly("Ivo Dal", null);
  }

  @Test
  void curlyQuoteWithSpeakerBeforeAfterColon() {
    List<Quote> q =
        quotes("Mayor Petra Lindqvist said: \u201CWe have never seen water this high.\u201D");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker)
        .containsExactly(tuple("We have never seen water this high.", "Petra Lindqvist"));
  }

  @Test
  void speakerDescribedByRoleIsKeptAsWritten() {
    List<Quote> q = quotes("\u201CThe talks are over for now,\u201D a Kremlin spokesman said.");
    assertThat(q).extracting(Quote::speaker).containsExactly("a Kremlin spokesman");
  }

  @Test
  void speakerAfterAccordingTo() {
    List<Quote> q =
        quotes(
            "The convoy was \u201Cturned back at gunpoint twice\u201D, according to the Red Cross.");
    assertThat(q).extracting(Quote::speaker).containsExactly("Red Cross");
  }

  @Test
  void speakerToldReportersAndSaidInAStatement() {
    assertThat(
            quotes(
                "\u201CNobody expected the river to rise so fast,\u201D Tomas Varga told reporters."))
        .extracting(Quote::speaker)
        .containsExactly("Tomas Varga");
    assertThat(quotes("\u201CThe strike hit a school,\u201D the city council said in a statement."))
        .extracting(Quote::speaker)
        .containsExactly("the city council");
  }

  @Test
  void speakerVerbsWarnedAndTweeted() {
    assertThat(quotes("\u201CMore storms are on the way,\u201D Ines Okafor warned on Tuesday."))
        .extracting(Quote::speaker)
        .containsExactly("Ines Okafor");
    assertThat(quotes("\u201CThe border stays open tonight,\u201D the ministry tweeted."))
        .extracting(Quote::speaker)
        .containsExactly("the ministry");
  }

  @Test
  void quoteSpanningSeveralSentencesIsOne() {
    List<Quote> q =
        quotes(
            "\u201CWe left at dawn.| Nobody came back for us.\u201D| The farmer, Arvid Holm, spoke quietly.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).quote()).isEqualTo("We left at dawn. Nobody came back for us.");
    assertThat(q.get(0).sentence()).isZero();
  }

  @Test
  void quoteSpanningParagraphsRunsToTheFinalClosingMark() {
    String marked =
        "Chief engineer Lara Moss said: \u201CThe pumps failed first.\n\n"
            + "\u201CThen the backup generators flooded too.\u201D\n\nRepairs began later.";
    List<Quote> q = quotes(marked);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).quote())
        .isEqualTo("The pumps failed first. Then the backup generators flooded too.");
    assertThat(q.get(0).text()).endsWith("flooded too.\u201D");
    assertThat(q.get(0).speaker()).isEqualTo("Lara Moss");
  }

  @Test
  void partialQuoteInsideASentence() {
    List<Quote> q =
        quotes(
            "Aid chief Rosa Delgado described the damage as \u201Csimply immense\u201D after her visit.");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker)
        .containsExactly(tuple("simply immense", "Rosa Delgado"));
  }

  @Test
  void interruptedQuoteIsOneQuoteWithBothParts() {
    String marked = "\"We will rebuild,\" he said, \"and we will return.\"";
    List<Quote> q = quotes("Engineer Omar Haddad toured the ruins.| " + marked);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).quote()).isEqualTo("We will rebuild, and we will return.");
    assertThat(q.get(0).text()).isEqualTo(marked);
    assertThat(q.get(0))
        .extracting(Quote::speaker, Quote::speakerMention, Quote::speakerName)
        .containsExactly("Omar Haddad (he)", "he", "Omar Haddad");
  }

  @Test
  void interruptedQuoteKeepsEachMarkedPassageLinkedToTheOneItContinues() {
    String first = "\"We will rebuild,\"";
    String second = "\"and we will return.\"";
    String marked = first + " he said, " + second;
    String body = "Engineer Omar Haddad toured the ruins.| " + marked;
    List<Quote> q = quotes(body);
    String plain = TestArticle.of(body).body();
    assertThat(q.get(0).passages())
        .extracting(
            Quote.Passage::passageId,
            p -> plain.substring(p.start(), p.end()),
            Quote.Passage::quote,
            Quote.Passage::continues)
        .containsExactly(
            tuple("art#q1.1", first, "We will rebuild", null),
            tuple("art#q1.2", second, "and we will return.", "art#q1.1"));
  }

  @Test
  void quoteContinuedAfterItsAttributionSentenceIsTwoPassagesOfOneQuote() {
    String marked =
        "\u201CThe water came at night,\u201D Mayor Ana Ruiz said. \u201CNobody had time to leave.\u201D";
    List<Quote> q = quotes(marked);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).quote()).isEqualTo("The water came at night, Nobody had time to leave.");
    assertThat(q.get(0).passages())
        .extracting(Quote.Passage::quote, Quote.Passage::continues)
        .containsExactly(
            tuple("The water came at night", null), tuple("Nobody had time to leave.", "art#q1.1"));
  }

  @Test
  void quoteOverTwoParagraphsIsOnePassage() {
    String marked =
        "\u201CThe water came at night.\n\n\u201CNobody had time to leave,\u201D Mayor Ana Ruiz said.";
    List<Quote> q = quotes(marked);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).passages()).hasSize(1);
    assertThat(q.get(0).passages().get(0))
        .extracting(Quote.Passage::start, Quote.Passage::end, Quote.Passage::continues)
        .containsExactly(q.get(0).start(), q.get(0).end(), null);
  }

  @Test
  void quoteInTwoApostrophesIsADoubleQuote() {
    List<Quote> q =
        quotes("''The dam will hold through the winter,'' said Mayor Ana Ruiz.| She left.");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker, Quote::partial)
        .containsExactly(tuple("The dam will hold through the winter", "Ana Ruiz", false));
  }

  @Test
  void pronounSpeakerResolvesToTheSubjectOfTheLatestSentenceNamingSomeone() {
    String marked =
        "The talks dragged on.| Analyst Ria Holt said a deal would help Prime Minister Ken Ito.\n\n"
            + "\u201CEveryone wants this over,\u201D she said.";
    assertThat(quotes(marked))
        .extracting(Quote::speaker, Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple("Ria Holt (she)", "she", "Ria Holt"));
  }

  @Test
  void pronounSpeakerSkipsPeopleNamedInOlderSentences() {
    String marked =
        "Mayor Ada Brenner opened the session.| Later, engineer Piotr Lis spoke.| \u201CThe pipes are old,\u201D he said.";
    assertThat(quotes(marked)).extracting(Quote::speakerName).containsExactly("Piotr Lis");
  }

  @Test
  void titleSpeakerResolvesToThePersonWithThatTitle() {
    String marked =
        "Foreign Minister Anna Kowalczyk met envoy Greta Lund in Oslo.| \u201CWe agreed on very little,\u201D the minister said.";
    assertThat(quotes(marked))
        .extracting(Quote::speaker, Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple("Anna Kowalczyk (the minister)", "the minister", "Anna Kowalczyk"));
  }

  @Test
  void surnameSpeakerCompletesToTheFullName() {
    String marked =
        "President Jonas Berg visited the port.| \u201CThe cranes must run again,\u201D Berg said.";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Jonas Berg");
  }

  @Test
  void appositionNameWinsOverDescription() {
    String marked =
        "Ivo Petrak, a senior member of the rescue team, told local radio that the tunnel was \u201Cfar from safe\u201D.";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Ivo Petrak");
  }

  @Test
  void unattributedQuoteInheritsSpeakerInSameOrNextParagraph() {
    String marked =
        "\u201CThe harvest is lost,\u201D farmer Nils Ek said.\n\n\u201CWe will need help until spring.\u201D"
            + "\n\nThe weather turned.\n\nLater came more rain.\n\n\u201CIt is over.\u201D";
    List<Quote> q = quotes(marked);
    assertThat(q).extracting(Quote::speaker).containsExactly("Nils Ek", "Nils Ek", null);
  }

  @Test
  void scareQuotesAndTitlesOfWorksAreNotQuotes() {
    assertThat(quotes("Officials called for a so-called 'peace' corridor.")).isEmpty();
    assertThat(quotes("The \"American Pie\" star arrived late.")).isEmpty();
    assertThat(quotes("The rebels' \u201Cvictory\u201D lasted a day.")).isEmpty();
    assertThat(quotes("Critics mocked the \"emergency meeting\" held at the resort.")).isEmpty();
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    String marked =
        "Moscow\u2019s envoy said the sides\u2019 positions don\u2019t overlap, and Kyiv's aides agree.";
    assertThat(quotes(marked)).isEmpty();
  }

  @Test
  void singleMarksQuoteWithPossessiveInside() {
    List<Quote> q =
        quotes(
            "The minister told parliament: \u2018The farmers\u2019 losses will be paid in full.\u2019");
    assertThat(q)
        .extracting(Quote::quote)
        .containsExactly("The farmers\u2019 losses will be paid in full.");
  }

  @Test
  void quoteInCaptionIsSkipped() {
    assertThat(
            quotes("~\u201CWe are tired of waiting for buses,\u201D a commuter said [File: Photo]"))
        .isEmpty();
  }

  @Test
  void unterminatedQuoteIsIgnored() {
    assertThat(quotes("He shouted \u201Cstop the train and nobody listened.\n\nThe train left."))
        .isEmpty();
  }

  @Test
  void abbreviatedTitleBeforeSpeakerDoesNotEndTheSearch() {
    assertThat(quotes("\"Nobody should be above the rules,\" Ms. Okonjo said."))
        .extracting(Quote::speaker)
        .containsExactly("Okonjo");
  }

  @Test
  void relativeClauseBetweenNameAndVerbIsSkipped() {
    String marked =
        "\"I am a delegate and I dislike the system,\" Marlow, who has not endorsed anyone, told reporters.";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Marlow");
  }

  @Test
  void dashCreditAfterQuoteNamesTheSpeaker() {
    assertThat(quotes("\u201CThe least prepared candidate in decades.\u201D \u2015 Tilda Marsh"))
        .extracting(Quote::speaker)
        .containsExactly("Tilda Marsh");
  }

  @Test
  void participleSayingTakesTheMainClauseSubject() {
    String marked =
        "Then Varga went on the attack, saying, \"Will the council finally admit the bridge is unsafe?\"";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Varga");
  }

  @Test
  void answeredIsAVerbOfSaying() {
    assertThat(quotes("\u201CI would put it this way,\u201D Brandt answered."))
        .extracting(Quote::speaker)
        .containsExactly("Brandt");
  }

  @Test
  void speakerRightAfterASentenceEndingQuoteStillCounts() {
    // The splitter may cut after '?"'; the attribution in the next few tokens is still found.
    String marked = "\"Why does nobody ask the mayor?\"| Holloway said.| The hall went quiet.";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Holloway");
  }

  @Test
  void saidOfIsNotASpeaker() {
    String marked =
        "Varga, speaking to reporters on the train to the coast, said of the audit: \"It answered every question.\"";
    assertThat(quotes(marked)).extracting(Quote::speaker).containsExactly("Varga");
  }

  @Test
  void middleInitialStaysInsideTheResolvedName() {
    String marked =
        "Senator Maria T. Oduya opened the hearing.| \u201CInvestors were misled,\u201D she said.";
    assertThat(quotes(marked)).extracting(Quote::speakerName).containsExactly("Maria T. Oduya");
  }

  @Test
  void quoteContinuedAfterItsAttributionSentenceIsOneQuote() {
    String marked = "\"We will rebuild,\" Marsh said. \"It will take years.\"";
    List<Quote> q = quotes("Mayor Lena Marsh toured the valley.| " + marked);
    assertThat(q)
        .singleElement()
        .satisfies(
            quote -> {
              assertThat(quote.text()).isEqualTo(marked);
              assertThat(quote.quote()).isEqualTo("We will rebuild, It will take years.");
              assertThat(quote.speakerName()).isEqualTo("Lena Marsh");
              assertThat(quote.speakerHow()).isEqualTo("title+surname");
            });
  }

  @Test
  void pieceWithAnAttributionOfItsOwnIsNotJoined() {
    List<Quote> q = quotes("\"We will rebuild,\" Marsh said.| \"Not this year,\" Holm replied.");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker)
        .containsExactly(tuple("We will rebuild", "Marsh"), tuple("Not this year", "Holm"));
  }

  @Test
  void attributionOpeningANewSentenceStartsANewQuote() {
    List<Quote> q =
        quotes(
            "\u201CThe roads are open.\u201D| Marsh added, \u201CThe schools open on Monday.\u201D");
    assertThat(q)
        .extracting(Quote::quote)
        .containsExactly("The roads are open.", "The schools open on Monday.");
    assertThat(
            quotes(
                "The host asked, \u201CWill you run again?\u201D He answered, \u201CNot this year, no.\u201D"))
        .extracting(Quote::quote)
        .containsExactly("Will you run again?", "Not this year, no.");
  }

  @Test
  void quotedShowNameInsideTheAttributionDoesNotSplitTheQuote() {
    String marked =
        "\"The levee failed,\" Marsh said on NBC's \"Meet the Press.\" \"We knew it would.\"";
    assertThat(quotes(marked))
        .singleElement()
        .satisfies(
            quote -> {
              assertThat(quote.text()).isEqualTo(marked);
              assertThat(quote.quote()).isEqualTo("The levee failed, We knew it would.");
              assertThat(quote.speaker()).isEqualTo("Marsh");
            });
  }

  @Test
  void singleLineBreakBeforeAnOpeningMarkContinuesAQuoteLikeAParagraph() {
    String marked =
        "Chief engineer Lara Moss said: \u201CThe pumps failed first.\n\u201CThen the generators flooded.\u201D";
    assertThat(quotes(marked))
        .singleElement()
        .satisfies(
            quote -> {
              assertThat(quote.quote())
                  .isEqualTo("The pumps failed first. Then the generators flooded.");
              assertThat(quote.speakerName()).isEqualTo("Lara Moss");
            });
  }

  @Test
  void colonEndingThePreviousParagraphIntroducesTheQuote() {
    String marked =
        "Later that night, engineer Ada Lind told the crowd:\n\n\u201CWe will not leave this town.\u201D";
    assertThat(quotes(marked)).extracting(Quote::speakerName).containsExactly("Ada Lind");
  }

  @Test
  void colonWithoutAVerbOfSayingGivesTheWordsToTheLastNameBeforeIt() {
    String marked =
        "Pollster Ana Ruiz sees it differently: \"Voters stopped listening in the spring.\"";
    assertThat(quotes(marked))
        .extracting(Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple("Pollster Ana Ruiz", "Ana Ruiz"));
  }

  @Test
  void longAppositionBetweenNameAndVerbStillFindsTheName() {
    String marked =
        "Alex Ruiz, a consultant who once tried to organize a campaign against the dam in the valley,"
            + " said, \"The plan is dead.\"";
    assertThat(quotes(marked)).extracting(Quote::speakerName).containsExactly("Alex Ruiz");
  }

  @Test
  void documentSpeakingAsItIsKeptAsWrittenWithoutAName() {
    String marked =
        "The ministry sent a letter on Monday.| \"The plant stays closed until spring,\" it read.";
    assertThat(quotes(marked))
        .extracting(Quote::speaker, Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple("it", "it", null));
  }

  @Test
  void pluralPronounIsNotResolvedToAPerson() {
    String marked = "Mayor Ada Brenner met the farmers.| \"We need water now,\" they said.";
    assertThat(quotes(marked))
        .extracting(Quote::speaker, Quote::speakerName)
        .containsExactly(tuple("they", null));
  }

  @Test
  void quoteWithoutAnyAttributionHasNoSpeaker() {
    assertThat(quotes("The hall was silent.\n\n\u201CWhat happens to the children now?\u201D"))
        .extracting(Quote::speaker, Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple(null, null, null));
  }

  @Test
  void longDefiniteDescriptionResolvesByItsTitleWord() {
    String marked =
        "Party nominee Vera Stone toured the mill.| \"We will keep it open,\" said the party's presidential nominee.";
    assertThat(quotes(marked))
        .extracting(Quote::speakerMention, Quote::speakerName)
        .containsExactly(tuple("the party's presidential nominee", "Vera Stone"));
  }

  @Test
  void peopleNamedInsideQuotesAreNotWhomAPronounMeans() {
    String marked =
        "Councillor Ada Lind spoke first.| \"Ask Tom Varga where the money went,\" she said.| \"He knows,\" she added.";
    assertThat(quotes(marked))
        .extracting(Quote::speakerName)
        .containsExactly("Ada Lind", "Ada Lind");
  }

  @Test
  void nameParticlesArePartOfTheName() {
    assertThat(
            quotes(
                "\"The well is dry,\" Samir al-Mansour, the village elder, told visitors.| \"We"
                    + " leave tonight,\" said Anouk de Vries."))
        .extracting(Quote::speakerName)
        .containsExactly("Samir al-Mansour", "Anouk de Vries");
  }

  @Test
  void surnameWithAJoinedParticleResolvesToTheFullName() {
    String marked =
        "Samir al-Mansour leads the council.\n\n\"We need water now,\" al-Mansour said.";
    assertThat(quotes(marked))
        .extracting(Quote::speakerName, Quote::speakerHow)
        .containsExactly(tuple("Samir al-Mansour", "title+surname"));
  }

  @Test
  void aRelayedQuoteBelongsToTheOneQuoted() {
    assertThat(quotes("State radio quoted Petra Kolar as saying: \"Talks will resume.\""))
        .extracting(Quote::speakerName)
        .containsExactly("Petra Kolar");
    assertThat(
            quotes(
                "\"Talks will resume on Monday,\" the paper quoted the envoy, Ivan Rudd, as"
                    + " saying."))
        .extracting(Quote::speakerName)
        .containsExactly("Ivan Rudd");
    assertThat(quotes("Ivan Rudd was quoted by the paper as saying: \"Talks will resume.\""))
        .extracting(Quote::speakerName)
        .containsExactly("Ivan Rudd");
  }

  @Test
  void aDescriptionThenTheNameInAppositionGivesTheName() {
    assertThat(
            quotes(
                "\"The shelter is full,\" said Varno's police chief, Dana Kell.| \"The shelter is"
                    + " full,\" said Dana Kell, the police chief."))
        .extracting(Quote::speakerName)
        .containsExactly("Dana Kell", "Dana Kell");
  }

  @Test
  void anyVerbOfSayingRightAfterTheMarksMayBeInverted() {
    assertThat(quotes("\"We were robbed,\" protested Lev Ostrov."))
        .extracting(Quote::speakerName)
        .containsExactly("Lev Ostrov");
    assertThat(quotes("\"We were robbed,\" Lev Ostrov objected."))
        .extracting(Quote::speakerName)
        .containsExactly("Lev Ostrov");
  }

  @Test
  void aBareQuoteTakesTheSpeakerOfTheSentenceBefore() {
    assertThat(quotes("Nora Hale said the vote was rigged.\n\n\"We will go to court.\""))
        .extracting(Quote::speakerName, Quote::speakerHow)
        .containsExactly(tuple("Nora Hale", "adjacent"));
    assertThat(quotes("The storm passed at noon.\n\n\"We will go to court.\""))
        .extracting(Quote::speakerName)
        .containsExactly((String) null);
  }

  @Test
  void aPronounMeansThePersonLastMentionedBySurnameAlone() {
    String marked =
        "Judge Petra Vos opened the hearing.\n\nOrlan Shipping Line said it would cooperate.\n\n"
            + "Vos promised a full inquiry.| \"Nobody will escape the law,\" she said.";
    assertThat(quotes(marked))
        .extracting(Quote::speakerName, Quote::speakerHow)
        .containsExactly(tuple("Petra Vos", "pronoun"));
  }

  @Test
  void aPlaceOrInstitutionAfterOfIsNotTheName() {
    assertThat(
            quotes(
                "\"We were never told,\" said farmer Ilona Brak of Vellen County.| \"It will"
                    + " hold,\" said Tarek Osei of the University of Lorne."))
        .extracting(Quote::speakerName)
        .containsExactly("Ilona Brak", "Tarek Osei");
  }

  @Test
  void anAbbreviatedTitleStaysWithTheSurnameBeforeTheVerb() {
    // "King" alone is a title word, no name; "Mr. King" is someone
    assertThat(quotes("\"Turnout will decide it,\" Mr. King added."))
        .extracting(Quote::speakerName)
        .containsExactly("Mr. King");
  }

  @Test
  void aCreditLineUnderAQuotedParagraphNamesItsSpeaker() {
    assertThat(
            quotes(
                "\"Wages have not kept up with rents.\"\n\n- Selma Voigt.\n\nThe figure is old."))
        .extracting(Quote::speakerName)
        .containsExactly("Selma Voigt");
    assertThat(quotes("\"Wages have not kept up with rents.\"\n\n- Rents rose again in May."))
        .extracting(Quote::speakerName)
        .containsExactly((String) null);
  }
}
