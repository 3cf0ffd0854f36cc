package org.storydiff.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When an article was published, parsed once at ingest from the contract's optional {@code
 * published} string and used by clustering (the day), version ordering, the report and {@code
 * --previous}. Immutable and thread-safe.
 *
 * <p>Accepted forms, all ISO-8601-like: a date ({@code 2026-11-24}, precision {@link
 * Precision#DATE}); a timestamp with {@code T} or a space between date and time, minutes or
 * seconds, optional fraction, and an optional offset ({@code Z}, {@code +02:00}, {@code +0200},
 * {@code +02}) or zone id ({@code 2026-11-24T08:20:00+01:00[Europe/Paris]}), precision {@link
 * Precision#TIME}. A timestamp without an offset is taken as UTC, which is what wire agencies
 * publish in. Anything else that starts with a valid {@code yyyy-MM-dd} keeps that date (precision
 * DATE), because a day is worth more to clustering than no date at all.
 *
 * @param instant the moment; for a date, midnight UTC of that day
 * @param precision whether the source gave a time of day or only a date
 */
public record Published(Instant instant, Precision precision) implements Serializable {

  /** How much the {@code published} string said. */
  public enum Precision {
    /** Only a calendar date: the time of day is unknown. */
    DATE,
    /** A time of day (to the minute or finer). */
    TIME
  }

  private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  public Published {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * The publication time {@code published} names, or null when it is null, blank or not one of the
   * accepted forms.
   */
  public static Published parse(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String text = published.strip();
    try {
      return time(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notZoned) {
      // fall through to the other accepted forms
    }
    try {
      TemporalAccessor t = TIMESTAMP.parse(text);
      LocalDateTime local = LocalDateTime.of(LocalDate.from(t), java.time.LocalTime.from(t));
      ZoneOffset offset =
          t.isSupported(ChronoField.OFFSET_SECONDS)
              ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
              : ZoneOffset.UTC;
      return time(OffsetDateTime.of(local, offset).toInstant());
    } catch (DateTimeParseException notTimestamp) {
      // fall through
    }
    return datePrefix(text);
  }

  /** A date with no time of day, as midnight UTC. */
  public static Published ofDate(LocalDate date) {
    return new Published(date.atStartOfDay().toInstant(ZoneOffset.UTC), Precision.DATE);
  }

  /** The UTC day, in days since 1970-01-01. */
  public long epochDay() {
    return Math.floorDiv(instant.getEpochSecond(), 86_400L);
  }

  public boolean hasTime() {
    return precision == Precision.TIME;
  }

  /** {@code 2026-11-24} for a date, {@code 2026-11-24T08:20:00Z} (UTC) for a time. */
  public String iso() {
    return hasTime() ? instant.toString() : LocalDate.ofEpochDay(epochDay()).toString();
  }

  private static Published time(Instant instant) {
    return new Published(instant, Precision.TIME);
  }

  private static Published datePrefix(String text) {
    if (!DATE_PREFIX.matcher(text).matches()) {
      return null;
    }
    try {
      return ofDate(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeParseException invalid) {
      return null;
    }
  }
}
