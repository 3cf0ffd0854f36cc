package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison form of quoted words: what scraped and edited copy does to form is no change. */
class QuoteWordsTest {

  @Test
  void scrapedSpacingAroundApostrophesAndAbbreviationsIsFolded() {
    assertThat(QuoteWords.of("It ’ s the U. S. team’s day"))
        .isEqualTo(QuoteWords.of("It's the U.S. team's day"));
  }

  @Test
  void theTwoPossessivesOfAWordEndingInSAreOneWord() {
    assertThat(QuoteWords.of("the group ISIS's best recruiter, Chris' friend"))
        .isEqualTo(QuoteWords.of("the group ISIS’ best recruiter, Chris’s friend"));
    // a contraction, or another word's possessive, is not cut
    assertThat(QuoteWords.of("he's the team's man")).containsExactly("hes", "the", "teams", "man");
    assertThat(QuoteWords.of("the bosses' call")).isNotEqualTo(QuoteWords.of("the boss's call"));
  }

  @Test
  void hyphensThousandsAndZeroMinutesAreFolded() {
    assertThat(QuoteWords.of("a full - strength fix for 2,187 users by 6: 00 p.m."))
        .isEqualTo(QuoteWords.of("a full-strength fix for 2187 users by 6 p.m."));
  }

  @Test
  void clockTimesInAnyStyleAndWebSuffixesAreFolded() {
    assertThat(QuoteWords.of("The outage began at 6:41pm PST on MySpace.com"))
        .isEqualTo(QuoteWords.of("The outage began at 18:41 on MySpace"));
    assertThat(QuoteWords.of("We met at 9 a.m. local time"))
        .isEqualTo(QuoteWords.of("We met at 09:00"));
    assertThat(QuoteWords.of("We met at 9 a.m.")).isNotEqualTo(QuoteWords.of("We met at 9 p.m."));
    assertThat(QuoteWords.of("It cost 5 amendments and a man")).contains("amendments", "man");
  }

  @Test
  void numbersInWordsOrDigitsAndShortSumsAreFolded() {
    assertThat(QuoteWords.of("We won €118m for the five turbines, 40 per cent of the cost"))
        .isEqualTo(QuoteWords.of("We won €118 million for the 5 turbines, 40% of the cost"));
    assertThat(QuoteWords.of("a $2.5bn plan")).isEqualTo(QuoteWords.of("a $2.5 billion plan"));
    // another number, or a length in metres, is not folded into the same word
    assertThat(QuoteWords.of("the five turbines")).isNotEqualTo(QuoteWords.of("the 6 turbines"));
    assertThat(QuoteWords.of("a 5m wave")).isNotEqualTo(QuoteWords.of("a 5 million wave"));
  }

  @Test
  void reportersInsertionsAreNotTheSpeakersWords() {
    assertThat(QuoteWords.of("[The council] has let her (Mrs Pell) down"))
        .isEqualTo(QuoteWords.of("has let her down"));
  }

  @Test
  void spellingAndSplittingAreFormButAnotherWordIsNot() {
    assertThat(
            QuoteWords.formOnly(
                QuoteWords.of("we realised the datacenter was down"),
                QuoteWords.of("we realized the data center was down")))
        .isTrue();
    assertThat(
            QuoteWords.formOnly(
                QuoteWords.of("a sad day for the town"), QuoteWords.of("a sad time for the town")))
        .isFalse();
  }

  @Test
  void aQuotationInsideTheQuoteIsAnotherUtterance() {
    assertThat(QuoteWords.ownWords("the guards said, ‘ Don ’ t move. ’ and then they ran"))
        .containsExactly("the", "guards", "said", "and", "then", "they", "ran");
    assertThat(QuoteWords.ownWords("he was shouting, 'help me."))
        .containsExactly("he", "was", "shouting");
    assertThat(QuoteWords.ownWords("We didn't know")).containsExactly("we", "didnt", "know");
    // Compared as wording, marks around a nested quotation are only form.
    assertThat(QuoteWords.of("I told him, 'I am hurt.'"))
        .isEqualTo(QuoteWords.of("I told him, I am hurt."));
  }

  @Test
  void aNameAndItsInitialsDifferInFormOnly() {
    assertThat(
            QuoteWords.formOnly(
                QuoteWords.of("all IE customers should update"),
                QuoteWords.of("all Internet Explorer customers should update")))
        .isTrue();
    assertThat(
            QuoteWords.formOnly(
                QuoteWords.of("all IE customers should update"),
                QuoteWords.of("all Intel Edge customers should upgrade")))
        .isFalse();
    assertThat(QuoteWords.isInitialism(List.of("un"), List.of("united", "nations"))).isTrue();
    assertThat(QuoteWords.isInitialism(List.of("us"), List.of("united", "kingdom"))).isFalse();
  }

  @Test
  void anExcerptThatWritesANameOutIsStillAnExcerpt() {
    List<String> whole =
        QuoteWords.of("We urge every UN member to send water purifiers to the coast this week.");
    assertThat(
            QuoteWords.excerptInForm(
                whole, QuoteWords.of("every United Nations member to send water purifiers")))
        .isTrue();
    assertThat(QuoteWords.excerptInForm(whole, QuoteWords.of("send water purifiers"))).isTrue();
    // An excerpt that adds or changes a word is a rewording, in any form.
    assertThat(QuoteWords.excerptInForm(whole, QuoteWords.of("send bottled water purifiers")))
        .isFalse();
    assertThat(
            QuoteWords.excerptInForm(
                whole, QuoteWords.of("every United Kingdom member to send water purifiers")))
        .isFalse();
  }
}
