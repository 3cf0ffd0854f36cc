package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.FactKind;
import org.storydiff.model.Quote;

/** Direct quotes, partial quotes and marks that make no quote at all. */
class QuoteRoleTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String marked) {
    TestArticle a = TestArticle.of(marked);
    return extractor.extract("art", a.body(), a.sentences());
  }

  private List<Boolean> partial(String marked) {
    return quotes(marked).stream().map(Quote::partial).toList();
  }

  @Test
  void quoteOpeningTheSentenceOrParagraphIsDirect() {
    assertThat(
            partial("The ferry left late.| \"Nobody told us about the storm,\" a passenger said."))
        .containsExactly(false);
    assertThat(partial("\u201CWe saw the water coming,\u201D said Ada Lind."))
        .containsExactly(false);
  }

  @Test
  void quoteAfterAColonOrAVerbOfSayingIsDirect() {
    assertThat(partial("The mayor said: \u201CEvery family will get help.\u201D"))
        .containsExactly(false);
    assertThat(partial("The mayor said, \u201CEvery family will get help.\u201D"))
        .containsExactly(false);
    assertThat(partial("But, the mayor said on Sunday, \u201Cevery family will get help.\u201D"))
        .containsExactly(false);
    assertThat(partial("The mayor blamed the storm, \u201Cthe worst in a century.\u201D"))
        .containsExactly(true);
    assertThat(partial("Protesters chanted \u201CFree the river!\u201D outside the hall."))
        .containsExactly(false);
    assertThat(partial("Ada Lind said \u201Cthere is no money left for the dike\u201D."))
        .containsExactly(false);
  }

  @Test
  void quotedWordsInsideTheReportersSentenceArePartial() {
    List<Quote> q =
        quotes("The council dismissed him as \u201Ca disgruntled former employee\u201D on Monday.");
    assertThat(q)
        .extracting(Quote::quote, Quote::partial, Quote::kind)
        .containsExactly(tuple("a disgruntled former employee", true, FactKind.PARTIAL_QUOTE));
    assertThat(FactKind.PARTIAL_QUOTE.wireName()).isEqualTo("partial-quote");
    assertThat(partial("Ada Lind is \u201Cstanding firm on the budget\u201D despite the losses."))
        .containsExactly(true);
  }

  @Test
  void partialQuoteKeepsTheSpeakerOfItsSentence() {
    List<Quote> q =
        quotes(
            "Aid chief Rosa Delgado described the damage as \u201Csimply immense\u201D after her visit.");
    assertThat(q)
        .extracting(Quote::quote, Quote::speaker, Quote::partial)
        .containsExactly(tuple("simply immense", "Rosa Delgado", true));
  }

  @Test
  void namingVerbsMakePartialQuotesNotDirectOnes() {
    assertThat(
            partial(
                "The senator attacked the governor, calling him \u201Ca danger to the whole valley.\u201D"))
        .containsExactly(true);
  }

  @Test
  void quotedWordsThatFinishTheReportersClauseArePartial() {
    assertThat(
            partial("The talks, which he added \u201Care going nowhere fast,\u201D ended early."))
        .containsExactly(true);
    assertThat(partial("Most farmers said \u201Cthe new canal plan\u201D cannot work."))
        .containsExactly(true);
  }

  @Test
  void scareQuotesOfOneOrTwoWordsAreNoQuotes() {
    assertThat(quotes("The rebels' \u201Cvictory\u201D lasted a day.")).isEmpty();
    assertThat(quotes("Critics mocked the \"emergency meeting\" held at the resort.")).isEmpty();
    assertThat(quotes("Officials called for a so-called 'peace corridor' to the coast.")).isEmpty();
  }

  @Test
  void shortDirectUtteranceIsAQuoteButAnUnpunctuatedNameIsNot() {
    assertThat(partial("\"Absolutely not,\" she said.")).containsExactly(false);
    assertThat(quotes("\"Poison pill\" clauses were added late.")).isEmpty();
  }

  @Test
  void quotedTitlesOfWorksAreNoQuotes() {
    assertThat(quotes("The \"American Pie\" star arrived late.")).isEmpty();
    assertThat(quotes("He appeared on \u201CNight of the Long Knives\u201D on Sunday.")).isEmpty();
  }
}
