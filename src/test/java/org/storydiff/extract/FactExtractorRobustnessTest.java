package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Fact;

/**
 * Throws odd token sequences at the extractor (seeded, so failures reproduce): it must never fail
 * and must keep its offset invariants, since one bad article must not stop a batch job.
 */
class FactExtractorRobustnessTest {

  private static final String[] PIECES = {
    "8.49pm",
    "25:99",
    "12:00",
    "a.m.",
    "p",
    ".",
    "$",
    "\u20AC",
    "\u00A3",
    "bn",
    "m",
    "1,2",
    "1.2.3",
    "2,187",
    "-",
    "\u2013",
    "to",
    "between",
    "and",
    "at least",
    "dozens",
    "of",
    "one",
    "thirty-five",
    "million",
    "hundred",
    "\"",
    "\u201C",
    "\u201D",
    "\u2018",
    "\u2019",
    "'",
    ",",
    "said",
    "he",
    "she",
    "the minister",
    "Ms.",
    "Reid",
    "Anna Berg",
    ":",
    "\n\n",
    "\u2015",
    "33-year-old",
    "Feb",
    "24",
    "March",
    "2021",
    "on Monday",
    "%",
    "per",
    "cent",
    "No.",
    "10",
    "+44",
    "555-0142",
    "COVID-19",
    "according to",
    "the",
    "third",
    "1st",
    "Battalion",
    "saying",
    "who",
    "told",
    "\u00A0",
    "\uD83D\uDE00"
  };

  @Test
  void randomTokenSoupNeverBreaksTheExtractor() {
    Random random = new Random(20261125L);
    FactExtractor extractor = new FactExtractor();
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int n = 5 + random.nextInt(60);
      for (int k = 0; k < n; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        text.append(random.nextInt(4) == 0 ? "" : random.nextInt(6) == 0 ? "|" : " ");
      }
      TestArticle a = TestArticle.of(text.toString());
      List<Fact> facts = extractor.extract("r", a.body(), a.sentences());
      for (Fact f : facts) {
        assertThat(f.text()).isEqualTo(a.body().substring(f.start(), f.end()));
        assertThat(f.sentence()).isBetween(0, a.sentences().size() - 1);
      }
      assertThat(facts).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
    }
  }
}
