package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;

class HighlighterTest {

  @Test
  void emojiBeforeFigureDoesNotShiftTheMark() {
    // The emoji is two UTF-16 units; offsets are UTF-16, so the mark must cover exactly "17 boats".
    AnalyzedArticle v =
        version("a", "A")
            .sentence("🚤🚤 Rescuers reached 17 boats by noon.")
            .figure("17 boats", 17, "boats", null)
            .build();

    assertThat(Highlighter.highlight(v, v.sentences().get(0)))
        .containsExactly(
            new TextSegment("🚤🚤 Rescuers reached ", false, false),
            new TextSegment("17 boats", true, false),
            new TextSegment(" by noon.", false, false));
  }

  @Test
  void figureInsideQuoteIsMarkedAsBoth() {
    AnalyzedArticle v =
        version("a", "A")
            .sentence("The mayor said \"we lost 3 bridges\" overnight.")
            .quote("\"we lost 3 bridges\"", "the mayor")
            .figure("3 bridges", 3, "bridges", null)
            .build();

    assertThat(Highlighter.highlight(v, v.sentences().get(0)))
        .containsExactly(
            new TextSegment("The mayor said ", false, false),
            new TextSegment("\"we lost ", false, true),
            new TextSegment("3 bridges", true, true),
            new TextSegment("\"", false, true),
            new TextSegment(" overnight.", false, false));
  }

  @Test
  void factsOfOtherSentencesAreNotMarked() {
    AnalyzedArticle v =
        version("a", "A")
            .sentence("First has 4 trucks.")
            .sentence("Second has none.")
            .figure("4 trucks", 4, "trucks", null)
            .build();

    assertThat(Highlighter.highlight(v, v.sentences().get(1)))
        .containsExactly(new TextSegment("Second has none.", false, false));
  }

  @Test
  void concatenatedSegmentsGiveTheSentenceBack() {
    AnalyzedArticle v =
        version("a", "A")
            .sentence("Officials said 12 schools and 3 clinics closed 😷 on Friday.")
            .figure("12 schools", 12, "schools", null)
            .figure("3 clinics", 3, "clinics", null)
            .build();

    String joined =
        Highlighter.highlight(v, v.sentences().get(0)).stream()
            .map(TextSegment::text)
            .reduce("", String::concat);

    assertThat(joined).isEqualTo(v.sentenceText(0));
  }
}
