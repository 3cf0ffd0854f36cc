package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestLimitsTest {

  @Test
  void defaultsAreTwoMillionBodyAndOneThousandTitleCharacters() {
    assertThat(IngestLimits.defaults()).isEqualTo(new IngestLimits(2_000_000, 1_000));
  }

  @Test
  void rejectsNonPositiveLimitsNamingTheOption() {
    assertThatThrownBy(() -> new IngestLimits(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--max-body-chars must be a positive number of characters, got 0");
    assertThatThrownBy(() -> new IngestLimits(10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--max-title-chars must be a positive number of characters, got -1");
  }

  @Test
  void lineLimitLeavesRoomForFullyEscapedBodyAndTitle() {
    IngestLimits limits = new IngestLimits(1_000, 100);

    assertThat(limits.maxLineBytes()).isEqualTo(6 * 1_100 + IngestLimits.LINE_SLACK_BYTES);
  }

  @Test
  void lineLimitIsCappedAtTheLargestArrayInsteadOfOverflowing() {
    IngestLimits limits = new IngestLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    assertThat(limits.maxLineBytes()).isEqualTo(Integer.MAX_VALUE - 8);
  }
}
