package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storydiff.model.Span;

class NormalizedTextTest {

  @Test
  void foldsQuotesAndDashesAndCollapsesWhitespace() {
    NormalizedText n = NormalizedText.of("\u201CWe\u2019re  done\u201D \u2014\n\tshe\u00A0said");
    assertThat(n.text()).isEqualTo("\"We're done\" - she said");
  }

  @Test
  void removesDigitGroupingOnly() {
    assertThat(NormalizedText.of("2,187 dead").text()).isEqualTo("2187 dead");
    assertThat(NormalizedText.of("USD 1,500,000.50").text()).isEqualTo("USD 1500000.50");
    assertThat(NormalizedText.of("ratio 3,4 and 12,34 and 1234,567").text())
        .isEqualTo("ratio 3,4 and 12,34 and 1234,567");
    assertThat(NormalizedText.of("towns, 12, 13, and 14").text())
        .isEqualTo("towns, 12, 13, and 14");
  }

  @Test
  void matchOnNormalizedTextMapsBackToOriginalCharacters() {
    String original = "Officials said  2,187\u00A0people fled.";
    NormalizedText n = NormalizedText.of(original);
    int at = n.text().indexOf("2187 people");
    Span span = n.toOriginalSpan(at, at + "2187 people".length());
    assertThat(span.of(original)).isEqualTo("2,187\u00A0people");
  }

  @Test
  void collapsedWhitespaceInsideMatchIsCoveredAndOutsideIsNot() {
    String original = "a   b   c";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text()).isEqualTo("a b c");
    assertThat(n.toOriginalSpan(0, 3).of(original)).isEqualTo("a   b");
    assertThat(n.toOriginalSpan(2, 3).of(original)).isEqualTo("b");
  }

  @Test
  void endOfTextMapsToEndOfOriginal() {
    String original = "ends with spaces \r\n ";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text()).isEqualTo("ends with spaces ");
    assertThat(n.toOriginal(n.text().length())).isEqualTo(original.length());
    assertThat(n.toOriginal(0)).isZero();
  }

  @Test
  void surrogatePairsRoundTrip() {
    String original = "Fans \uD83D\uDE4C\uD83C\uDFFD  cheered 1,000 times \uD83C\uDF89.";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text())
        .isEqualTo("Fans \uD83D\uDE4C\uD83C\uDFFD cheered 1000 times \uD83C\uDF89.");
    int emoji = n.text().indexOf("\uD83C\uDF89");
    assertThat(n.toOriginalSpan(emoji, emoji + 2).of(original)).isEqualTo("\uD83C\uDF89");
    for (int i = 0; i < n.text().length(); i++) {
      char c = n.text().charAt(i);
      if (!Character.isWhitespace(c)) {
        assertThat(original.charAt(n.toOriginal(i))).as("index %d", i).isEqualTo(c);
      }
    }
  }

  @Test
  void everyNormalizedCharComesFromItsOriginalPosition() {
    String original = "\u2018Quiet\u2019 night\u2026 \u2013 3,500 homes lit.";
    NormalizedText n = NormalizedText.of(original);
    for (int i = 0; i < n.text().length(); i++) {
      assertThat(TextNormalizer.fold(original.charAt(n.toOriginal(i))))
          .isEqualTo(n.text().charAt(i));
    }
  }

  @Test
  void dropsSoftHyphensAndZeroWidthSpaces() {
    String original = "cease\u00ADfire\u200B now";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text()).isEqualTo("ceasefire now");
    assertThat(n.toOriginalSpan(0, 9).of(original)).isEqualTo("cease\u00ADfire");
  }

  @Test
  void emptyTextAndEmptySpans() {
    NormalizedText n = NormalizedText.of("");
    assertThat(n.text()).isEmpty();
    assertThat(n.toOriginal(0)).isZero();
    assertThat(NormalizedText.of("abc").toOriginalSpan(1, 1)).isEqualTo(new Span(1, 1));
  }

  @Test
  void rejectsIndexesOutsideText() {
    NormalizedText n = NormalizedText.of("abc");
    assertThatThrownBy(() -> n.toOriginal(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> n.toOriginalSpan(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longDigitChainStaysLinear() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      s.append("1,");
    }
    assertThat(NormalizedText.of(s.toString()).text()).hasSize(s.length());
  }
}
