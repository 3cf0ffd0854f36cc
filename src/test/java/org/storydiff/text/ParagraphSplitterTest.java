package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  private static List<String> paragraphs(String body) {
    return ParagraphSplitter.INSTANCE.split(body).stream().map(p -> p.text(body)).toList();
  }

  @Test
  void blankLinesWithWhitespaceSeparate() {
    assertThat(paragraphs("One here.\n \t \nTwo here.\n\n\n\nThree here."))
        .containsExactly("One here.", "Two here.", "Three here.");
  }

  @Test
  void numbersParagraphsFromZeroWithTrimmedSpans() {
    String body = "  First.  \n\n  Second.  ";
    List<Paragraph> list = ParagraphSplitter.INSTANCE.split(body);
    assertThat(list).extracting(Paragraph::index).containsExactly(0, 1);
    assertThat(list.get(1).start()).isEqualTo(body.indexOf("Second."));
    assertThat(list.get(1).end()).isEqualTo(body.indexOf("Second.") + "Second.".length());
  }

  @Test
  void singleNewlineRules() {
    assertThat(paragraphs("Title line\nBody starts here."))
        .containsExactly("Title line", "Body starts here.");
    assertThat(paragraphs("Body line one.\nBody line two."))
        .containsExactly("Body line one.\nBody line two.");
    assertThat(paragraphs("a sentence wrapped in the\nmiddle goes on."))
        .containsExactly("a sentence wrapped in the\nmiddle goes on.");
    assertThat(paragraphs("He said: \u201CWe stay.\u201D\nThen he left."))
        .containsExactly("He said: \u201CWe stay.\u201D\nThen he left.");
  }

  @Test
  void markerLinesStandAlone() {
    assertThat(paragraphs("The vote passed.\nSource: electoral commission\nTurnout was low."))
        .containsExactly("The vote passed.", "Source: electoral commission", "Turnout was low.");
  }

  @Test
  void otherLineSeparators() {
    assertThat(paragraphs("One.\r\rTwo.\u2029\u2029Three.\r\n\r\nFour."))
        .containsExactly("One.", "Two.", "Three.", "Four.");
  }

  @Test
  void blankBodyHasNoParagraphs() {
    assertThat(paragraphs("")).isEmpty();
    assertThat(paragraphs("\n\r\n \u00A0\n")).isEmpty();
  }
}
