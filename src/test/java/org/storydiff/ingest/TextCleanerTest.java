package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void returnsTheSameInstanceWhenNothingNeedsCleaning() {
    String text = "Crews cleared the road by noon.\n\nTraffic resumed\tslowly. 🚗";

    assertThat(TextCleaner.clean(text)).isSameAs(text);
  }

  @Test
  void removesOnlyALeadingByteOrderMark() {
    assertThat(TextCleaner.clean("\uFEFFHeadline\uFEFF")).isEqualTo("Headline\uFEFF");
  }

  @Test
  void replacesC0ControlsButKeepsTabLineFeedAndCarriageReturn() {
    assertThat(TextCleaner.clean("a\u0000b\u001Fc\td\ne\rf\u007F"))
        .isEqualTo("a b c\td\ne\rf\u007F");
  }

  @Test
  void replacesUnpairedSurrogatesAndKeepsPairs() {
    String text = "x\uD83D\uDE00y\uD800z\uDC00";

    assertThat(TextCleaner.clean(text)).isEqualTo("x\uD83D\uDE00y\uFFFDz\uFFFD");
  }

  @Test
  void highSurrogateAtTheEndIsUnpaired() {
    assertThat(TextCleaner.clean("end\uD83D")).isEqualTo("end\uFFFD");
  }
}
