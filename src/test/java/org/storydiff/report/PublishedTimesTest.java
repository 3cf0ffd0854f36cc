package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Published;

class PublishedTimesTest {

  private static final Instant T0 = Instant.parse("2025-04-02T06:10:00Z");

  @Test
  void formatsGapsAsEditorsWriteThem() {
    assertThat(PublishedTimes.gap(T0, T0.plusSeconds(59))).isEqualTo("+0m");
    assertThat(PublishedTimes.gap(T0, T0.plusSeconds(45 * 60))).isEqualTo("+45m");
    assertThat(PublishedTimes.gap(T0, T0.plusSeconds(2 * 3600 + 15 * 60))).isEqualTo("+2h 15m");
    assertThat(PublishedTimes.gap(T0, T0.plusSeconds(3 * 86400 + 4 * 3600 + 59 * 60)))
        .isEqualTo("+3d 4h");
    assertThat(PublishedTimes.gap(T0, T0.minusSeconds(90 * 60))).isEqualTo("-1h 30m");
  }

  @Test
  void spansOneDayWithTwoTimesAndSeveralDaysInFull() {
    // a form the report used to show as undated, though clustering read its day
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01 17:45"), Published.parse("2026-11-01 21:30")))
        .isEqualTo("2026-11-01 17:45–21:30");
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01T17:45:00Z"), Published.parse("2026-11-01T21:30:00Z")))
        .isEqualTo("2026-11-01 17:45–21:30");
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01T23:00:00-02:00"),
                Published.parse("2026-11-02T03:10:00Z")))
        .isEqualTo("2026-11-02 01:00–03:10"); // shown in UTC, so both fall on the 2nd
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01T17:45:00Z"), Published.parse("2026-11-03T09:00:00Z")))
        .isEqualTo("2026-11-01 17:45 – 2026-11-03 09:00");
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01T17:45:00Z"), Published.parse("2026-11-01T17:45:00Z")))
        .isEqualTo("2026-11-01 17:45");
  }

  @Test
  void spanShowsBareDatesAsDatesAndSkipsAMissingLast() {
    assertThat(PublishedTimes.span(Published.parse("2026-11-01"), Published.parse("2026-11-02")))
        .isEqualTo("2026-11-01 – 2026-11-02");
    assertThat(
            PublishedTimes.span(
                Published.parse("2026-11-01T17:45:00Z"), Published.parse("yesterday")))
        .isEqualTo("2026-11-01 17:45");
    assertThat(PublishedTimes.span(null, null)).isEmpty();
  }
}
