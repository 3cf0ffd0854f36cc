package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.model.Quote;

/** When two quoted passages are one utterance, and which passages are no one's words. */
class QuoteIdentityTest {

  private static double same(String a, String b) {
    return QuoteIdentity.sameUtterance(QuoteWords.ownWords(a), QuoteWords.ownWords(b));
  }

  @Test
  void aPartOfALongerQuoteIsTheSameUtterance() {
    assertThat(
            same(
                "the harbour will stay closed",
                "We regret that the harbour will stay closed until the storm has passed."))
        .isEqualTo(1.0);
  }

  @Test
  void aFewWordsReplacedKeepTheUtterance() {
    assertThat(
            same(
                "We are not selling the mill at the expense of the town.",
                "We will not sell the mill at the cost of the town."))
        .isPositive();
  }

  @Test
  void sentencesSharingOnlyAPhraseAreDifferentUtterances() {
    assertThat(same("The clerk is exhausted.", "The clerk is a wreck after the count.")).isZero();
    assertThat(
            same(
                "a grave misreading of the Coastal Waters Act",
                "the very core of the Coastal Waters Act"))
        .isZero();
  }

  @Test
  void aWordOrFunctionWordsAloneIdentifyNothing() {
    assertThat(same("No.", "No, we will not sign it today.")).isZero();
    assertThat(same("it is", "it is what it is, and we move on")).isZero();
  }

  @Test
  void titlesAndScareQuotesAreNoOnesWords() {
    assertThat(QuoteIdentity.titleOrTerm(quote("The Lighthouse of Varna", false, "Ana Pell")))
        .isTrue();
    assertThat(QuoteIdentity.titleOrTerm(quote("Did You Hear It?", false, null))).isTrue();
    assertThat(QuoteIdentity.titleOrTerm(quote("rogue", true, null))).isTrue();
    assertThat(QuoteIdentity.titleOrTerm(quote("We heard it from the pier.", false, "Ana Pell")))
        .isFalse();
    assertThat(QuoteIdentity.titleOrTerm(quote("a rogue operation", true, "Ana Pell"))).isFalse();
  }

  private static Quote quote(String words, boolean partial, String speaker) {
    return new Quote(
        "x#q1",
        0,
        0,
        words.length() + 2,
        "\"" + words + "\"",
        words,
        speaker,
        speaker,
        speaker,
        partial);
  }

  @Test
  void frenchFunctionWordsAreNoSharedContent() {
    // "We are not among those who leave" / "... who stay": only function words are shared.
    String a = "Nous ne sommes pas de ceux qui partent.";
    String b = "Nous ne sommes pas de ceux qui restent.";
    double english = QuoteIdentity.sameUtterance(QuoteWords.ownWords(a), QuoteWords.ownWords(b));
    double french =
        QuoteIdentity.sameUtterance(
            QuoteWords.ownWords(a),
            QuoteWords.ownWords(b),
            org.storydiff.text.LanguageWords.of("fr"));
    assertThat(english).as("read with English stop words").isPositive();
    assertThat(french).isZero();
  }
}
