package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

  @Test
  void wordsKeepsShortTextAndCutsLongText() {
    assertThat(ShortText.words("  Three  bridges fell. ", 5)).isEqualTo("Three bridges fell.");
    assertThat(ShortText.words("one two three four five", 3)).isEqualTo("one two three …");
  }

  @Test
  void aroundShowsTheSpanWithSomeWordsEachSide() {
    String text = "A magnitude 6.4 earthquake struck the coast at dawn on Tuesday.";
    int at = text.indexOf("6.4");

    assertThat(ShortText.around(text, at, at + 3, 2))
        .isEqualTo("A magnitude 6.4 earthquake struck …");
    assertThat(ShortText.around(text, at, at + 3, 1)).isEqualTo("… magnitude 6.4 earthquake …");
  }

  @Test
  void aroundKeepsPunctuationThatTouchesTheSpan() {
    String text = "Some travellers (about 120) slept in the hall.";
    int at = text.indexOf("about");

    assertThat(ShortText.around(text, at, at + 9, 1)).isEqualTo("… travellers (about 120) slept …");
    assertThat(ShortText.around("40 vehicles were stranded", 0, 2, 2))
        .isEqualTo("40 vehicles were …");
    assertThat(ShortText.around("Total: 40", 7, 9, 3)).isEqualTo("Total: 40");
  }
}
