package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;

class QuoteMarksTest {

  private static List<String> inner(String body) {
    return new QuoteMarks()
        .find(body).stream()
            .map(m -> body.substring(m.parts().get(0).innerStart(), m.parts().get(0).innerEnd()))
            .toList();
  }

  @Test
  void findsStraightCurlyLowHighAndGuillemetQuotations() {
    assertThat(inner("He said \"we stay\" and \u201Cwe fight\u201D."))
        .containsExactly("we stay", "we fight");
    assertThat(inner("Er sagte: \u201EWir bleiben\u201C. Sie sagte \u201Enein\u201D."))
        .containsExactly("Wir bleiben", "nein");
    assertThat(inner("Il a dit\u00A0: \u00AB Nous restons \u00BB."))
        .containsExactly(" Nous restons ");
  }

  @Test
  void aGuillemetQuotationMayHoldCurlyQuotes() {
    assertThat(inner("\u00AB Il a cri\u00E9 \u201Cvite\u201D puis est parti \u00BB")).hasSize(1);
  }

  /**
   * Scraped copy puts paragraph breaks inside a quotation; where the next paragraph's first mark
   * closes it after a comma, leading into the attribution, the quotation runs across the break.
   */
  @Test
  void aQuotationClosedWithACommaInTheNextParagraphRunsAcrossTheBreak() {
    String body =
        "\"I believe he did not win.\n\nIn his own words, he will stay in jail,\" said Ann Lee.";
    assertThat(inner(body))
        .containsExactly("I believe he did not win.\n\nIn his own words, he will stay in jail,");
  }

  @Test
  void anUnclosedQuotationStillEndsAtABreakOtherwise() {
    // the next paragraph's first mark opens a quotation of its own, or closes without a comma
    assertThat(inner("\"We stay.\n\nShe left. \"We go,\" he said.")).containsExactly("We go,");
    assertThat(inner("\"We stay.\n\nShe left the room.\" Then")).isEmpty();
  }

  /** Typewritten and some scraped copy write double quotes as two single marks. */
  @Test
  void twoApostrophesOrBackticksAreOneDoubleMark() {
    String body = "''We stay,'' she said, ``and we don't leave.''";
    assertThat(inner(body)).containsExactly("We stay,", "and we don't leave.");
    List<QuoteMarks.Marked> found = new QuoteMarks().find("He said ''no way'' twice.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).isDouble("He said ''no way'' twice.")).isTrue();
    assertThat(inner("He said \u2018\u2018no way\u2019\u2019 twice.")).containsExactly("no way");
    assertThat(inner("a 12'' screen and a 'fair' price")).containsExactly("fair");
  }

  /** Seen in wire copy: the opening mark typed again where the closing one belongs. */
  @Test
  void anOpeningCurlyMarkAfterAWordCloses() {
    assertThat(inner("\u201CIt's unusual,\u201C said Noble. \u201CIt is hard.\u201D"))
        .containsExactly("It's unusual,", "It is hard.");
    assertThat(inner("\u201CWe stay \u201Cfor now\u201D.")).containsExactly("for now");
  }

  /**
   * Feeds that run paragraphs together keep the opening mark of each paragraph of a long quote: the
   * quotation goes on, one part a paragraph, and a sentence may still end between the parts.
   */
  @Test
  void anOpeningMarkAfterASentenceEndInsideAQuoteOpensItsNextParagraph() {
    String curly =
        "Ms Varn said: \u201CWe are proud of the Tarsk lift. \u201CBoth barges came in early,"
            + " and we will be back in May\u201D.";
    List<QuoteMarks.Marked> found = new QuoteMarks().find(curly);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).parts())
        .extracting(p -> curly.substring(p.innerStart(), p.innerEnd()))
        .containsExactly(
            "We are proud of the Tarsk lift.",
            "Both barges came in early, and we will be back in May");

    String straight = "He said: \"The crane is ready. \"The barge sails at dawn.\" Then he left.";
    found = new QuoteMarks().find(straight);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).parts()).hasSize(2);
    assertThat(straight.substring(found.get(0).end())).isEqualTo(" Then he left.");

    // a closing mark after the sentence's end, or an opening mark after a colon, is no new
    // paragraph
    assertThat(inner("\"The crane is ready.\" He left. \"Go.\"")).hasSize(2);
    assertThat(inner("\u201CHe wrote: \u201Cno\u201D.")).containsExactly("no");
  }

  @Test
  void apostrophesAndUnclosedMarksAreNoQuotations() {
    assertThat(inner("Moscow\u2019s talks don't end.")).isEmpty();
    assertThat(inner("\u00AB never closed.")).isEmpty();
  }

  /** The sentence splitter uses the same scanner, so it no longer breaks inside „…“ or «…». */
  @Test
  void sentenceSplittingKeepsAMultiSentenceQuoteInAnyMarksTogether() {
    SentenceSplitter splitter = new SentenceSplitter();
    for (String[] marks :
        new String[][] {{"\u201E", "\u201C"}, {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}}) {
      String body =
          "The minister spoke. " + marks[0] + "We stay. We fight on." + marks[1] + " he said.";
      List<Sentence> sentences = splitter.split(body);
      assertThat(sentences).as(marks[0]).hasSize(2);
      assertThat(sentences.get(1).text(body))
          .as(marks[0])
          .startsWith(marks[0])
          .endsWith("he said.");
    }
  }
}
