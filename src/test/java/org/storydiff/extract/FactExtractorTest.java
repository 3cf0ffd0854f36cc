package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Quote;

class FactExtractorTest {

  private static final String ARTICLE =
      "~HARBOURTON, May 3 (Wire) -| Floods killed at least 12 people on Tuesday, officials said.|"
          + " \u201CThe water rose 2 metres in an hour,\u201D said Mayor Ilse Baumann.\n\n"
          + "~Rescuers wade through a flooded street [File: Someone/Wire]\n\n"
          + "More than 300 homes were damaged.";

  @Test
  void factsAreSortedByStartWithStableIdsAndExactText() {
    TestArticle a = TestArticle.of(ARTICLE);
    List<Fact> facts = new FactExtractor().extract("w1", a.body(), a.sentences());

    assertThat(facts)
        .extracting(Fact::factId)
        .containsExactly("w1#f1", "w1#f2", "w1#q1", "w1#f3", "w1#f4");
    assertThat(facts).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
    for (Fact f : facts) {
      assertThat(f.text()).isEqualTo(a.body().substring(f.start(), f.end()));
      assertThat(a.sentences().get(f.sentence()).start()).isLessThanOrEqualTo(f.start());
    }
    assertThat(facts.get(2).kind()).isEqualTo(FactKind.QUOTE);
    assertThat(((Quote) facts.get(2)).speaker()).isEqualTo("Ilse Baumann");
  }

  @Test
  void boilerplateSentencesYieldNoFacts() {
    TestArticle a = TestArticle.of(ARTICLE);
    List<Fact> facts = new FactExtractor().extract("w1", a.body(), a.sentences());
    assertThat(facts)
        .extracting(Fact::text)
        .doesNotContain("May 3")
        .noneMatch(t -> t.contains("Rescuers"));
    assertThat(facts).extracting(Fact::sentence).doesNotContain(0, 3);
  }

  @Test
  void sentenceIndexIsTheSentenceHoldingTheStart() {
    TestArticle a = TestArticle.of(ARTICLE);
    List<Fact> facts = new FactExtractor().extract("w1", a.body(), a.sentences());
    Figure homes = (Figure) facts.get(facts.size() - 1);
    assertThat(homes.text()).isEqualTo("More than 300 homes");
    assertThat(homes.sentence()).isEqualTo(4);
  }

  @Test
  void emptyBodyGivesNoFacts() {
    assertThat(new FactExtractor().extract("e", "", List.of())).isEmpty();
  }

  private static final String PARAGRAPH =
      "Officials said at least 12 people were killed on Monday.| \u201CWe are still counting,\u201D said"
          + " Mayor Ilse Baumann.| She added that 1.5 million euros had been set aside and the"
          + " so-called 'relief' plan would start at 10 a.m.";

  @Test
  void largeBodyIsExtractedInLinearTimeWithRepeatableResults() {
    TestArticle small =
        TestArticle.of(String.join("\n\n", java.util.Collections.nCopies(500, PARAGRAPH)));
    TestArticle large =
        TestArticle.of(String.join("\n\n", java.util.Collections.nCopies(1000, PARAGRAPH)));
    FactExtractor extractor = new FactExtractor();
    extractor.extract("warm", small.body(), small.sentences());

    long started = System.nanoTime();
    List<Fact> facts = extractor.extract("big", large.body(), large.sentences());
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(large.body().length()).isGreaterThan(200_000);
    assertThat(facts).hasSize(2 * extractor.extract("s", small.body(), small.sentences()).size());
    assertThat(facts.stream().filter(f -> f instanceof Quote).map(f -> ((Quote) f).speaker()))
        .containsOnly("Ilse Baumann");
    assertThat(millis).as("ms for %d chars", large.body().length()).isLessThan(3_000);
  }

  /**
   * Regression: a quotation left open on every line was read again from each line's opening mark,
   * so 8,000 such lines took 15 s and 20,000 about 90 s. The timeout only guards against that hang;
   * read once, the body takes milliseconds.
   */
  @Test
  @org.junit.jupiter.api.Timeout(30)
  void quoteLeftOpenOnEveryLineIsReadOnce() {
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < 20_000; k++) {
      lines.append("\u201CItem ").append(k).append(" of a list that never closes its marks\n");
    }
    TestArticle a = TestArticle.of(lines.toString());
    assertThat(new QuoteExtractor().extract("open", a.body(), a.sentences())).isEmpty();
  }
}
