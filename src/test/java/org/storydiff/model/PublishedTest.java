package org.storydiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Published.Precision;

class PublishedTest {

  private static final long DAY = LocalDate.of(2026, 11, 24).toEpochDay();

  @Test
  void readsTimestampsWithOffsetsAsTheirInstant() {
    assertThat(Published.parse("2026-11-24T08:20:00Z"))
        .isEqualTo(new Published(Instant.parse("2026-11-24T08:20:00Z"), Precision.TIME));
    assertThat(Published.parse("2026-11-24T10:20:00+02:00").instant())
        .isEqualTo(Instant.parse("2026-11-24T08:20:00Z"));
    assertThat(Published.parse("2026-11-24T09:20:00+01:00[Europe/Paris]").instant())
        .isEqualTo(Instant.parse("2026-11-24T08:20:00Z"));
    assertThat(Published.parse("2026-11-24T23:30:00-05:00").epochDay()).isEqualTo(DAY + 1);
  }

  /** Clustering used to read these as days while the report showed no time for them. */
  @Test
  void readsTheFormsOnlyClusteringUsedToReadWithTheirTime() {
    assertThat(Published.parse("2026-11-24 08:20"))
        .isEqualTo(new Published(Instant.parse("2026-11-24T08:20:00Z"), Precision.TIME));
    assertThat(Published.parse("2026-11-24T10:20:00.000+0200"))
        .isEqualTo(new Published(Instant.parse("2026-11-24T08:20:00Z"), Precision.TIME));
  }

  @Test
  void takesTimestampsWithoutOffsetAsUtc() {
    assertThat(Published.parse(" 2026-11-24T08:20 ").instant())
        .isEqualTo(Instant.parse("2026-11-24T08:20:00Z"));
    assertThat(Published.parse("2026-11-24T08:20:15.5").instant())
        .isEqualTo(Instant.parse("2026-11-24T08:20:15.500Z"));
  }

  @Test
  void aDateOrADatePrefixHasDatePrecision() {
    Published date = Published.parse("2026-11-24");
    assertThat(date.precision()).isEqualTo(Precision.DATE);
    assertThat(date.hasTime()).isFalse();
    assertThat(date.epochDay()).isEqualTo(DAY);
    assertThat(date.iso()).isEqualTo("2026-11-24");
    assertThat(Published.parse("2026-11-24 (updated)")).isEqualTo(date);
  }

  @Test
  void anythingElseIsNull() {
    assertThat(Published.parse("24 November 2026")).isNull();
    assertThat(Published.parse("2026-13-45")).isNull();
    assertThat(Published.parse("April 2")).isNull();
    assertThat(Published.parse(" ")).isNull();
    assertThat(Published.parse(null)).isNull();
  }

  @Test
  void isoIsUtc() {
    assertThat(Published.parse("2026-11-24T10:20:00+02:00").iso())
        .isEqualTo("2026-11-24T08:20:00Z");
  }

  @Test
  void theArticleConstructorParsesAsIngestDoes() {
    Article a = new Article("a", "AP", "Body.", null, "2026-11-24 08:20", null, null);
    assertThat(a.publishedTime()).isEqualTo(Published.parse("2026-11-24 08:20"));
    assertThat(a.published()).isEqualTo("2026-11-24 08:20");
  }
}
