package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;

/** Invariants that must hold on any input, checked on seeded random mixes of awkward characters. */
class SentenceSplitterInvariantsTest {

  private static final String[] PIECES = {
    "The",
    "mayor",
    "Mr.",
    "U.S.",
    "said",
    "2,187",
    ".",
    ". ",
    "! ",
    "? ",
    "\u2026",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\u201C",
    "\u201D",
    "\"",
    "'",
    "(",
    ")",
    "[File: A/B]",
    "Photo:",
    "Source:",
    "KYIV, March 14 (Reuters) - ",
    "\u2014",
    "\uD83D\uDE00",
    "\u6D2A\u6C34\u3002",
    "\u05E9\u05DC\u05D5\u05DD",
    "\u00A0",
    "\uD83D",
    "a",
    "B",
    "3."
  };

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void randomBodiesGiveTrimmedOrderedDisjointSentences() {
    Random random = new Random(20260314L);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder body = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        body.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertInvariants(body.toString());
    }
  }

  @Test
  void punctuationOnlyBody() {
    assertInvariants("... !!! ??? \u2026 \"\" \u201C\u201D");
    assertThat(splitter.split("...")).hasSize(1);
  }

  private void assertInvariants(String body) {
    List<Sentence> sentences = splitter.split(body);
    int previousEnd = 0;
    int previousParagraph = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String text = s.text(body);
      assertThat(s.index()).as(body).isEqualTo(i);
      assertThat(s.start()).as(body).isGreaterThanOrEqualTo(previousEnd);
      assertThat(Boilerplate.isSpace(text.charAt(0))).as(body).isFalse();
      assertThat(Boilerplate.isSpace(text.charAt(text.length() - 1))).as(body).isFalse();
      assertThat(s.paragraph()).as(body).isGreaterThanOrEqualTo(previousParagraph);
      previousEnd = s.end();
      previousParagraph = s.paragraph();
    }
    boolean blank = body.chars().allMatch(c -> Boilerplate.isSpace((char) c));
    assertThat(sentences.isEmpty()).as(body).isEqualTo(blank);
  }
}
