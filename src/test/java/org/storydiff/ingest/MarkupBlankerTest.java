package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupBlankerTest {

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "AT&T said a < b and 3 > 2; R&D spending rose.";
    assertThat(MarkupBlanker.blank(text)).isSameAs(text);
  }

  @Test
  void inlineTagsBecomeSpacesSoOffsetsStay() {
    String text = "Firefighters said <b>12</b> people were hurt.";
    String blanked = MarkupBlanker.blank(text);
    assertThat(blanked)
        .hasSameSizeAs(text)
        .isEqualTo("Firefighters said    12     people were hurt.");
    assertThat(blanked.indexOf("12")).isEqualTo(text.indexOf("12"));
  }

  @Test
  void blockTagsStillSeparateParagraphs() {
    String blanked = MarkupBlanker.blank("<p>One.</p><p>Two.</p>Three.<br>Four.");
    assertThat(blanked).isEqualTo("\n\n One.\n\n  \n\n Two.\n\n  Three.\n   Four.");
  }

  @Test
  void referencesDecodeNextToTheirWord() {
    String text = "&#8220;We are searching,&#8221; he said &amp; left.";
    String blanked = MarkupBlanker.blank(text);
    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked).isEqualTo("      \u201CWe are searching,\u201D       he said &     left.");
  }

  @Test
  void hexNamedAndSupplementaryReferencesDecode() {
    assertThat(MarkupBlanker.blank("a&#x2014;b &euro;5 &#128293;!"))
        .isEqualTo(
            "a"
                + " ".repeat(7)
                + "\u2014b"
                + " ".repeat(6)
                + "\u20AC5 \uD83D\uDD25"
                + " ".repeat(7)
                + "!");
  }

  @Test
  void unknownOrInvalidReferencesStay() {
    String text = "&bogus; &#0; &#xD800; &#99999999;";
    assertThat(MarkupBlanker.blank(text)).isSameAs(text);
  }

  @Test
  void scriptsStylesAndCommentsVanishWithTheirContent() {
    String text = "Before<script>alert('x')</script> mid<!-- a\nnote --> after<style>p{}</style>.";
    String blanked = MarkupBlanker.blank(text);
    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked.replaceAll("\\s+", " ")).isEqualTo("Before mid after .");
    assertThat(blanked).contains("\n");
  }

  @Test
  void anUnclosedCommentOrScriptIsLeftAlone() {
    String text = "Text <!-- never closed and <script> too";
    assertThat(MarkupBlanker.blank(text)).isEqualTo("Text <!-- never closed and          too");
  }
}
