package org.storydiff.cluster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses an ISO-8601 publication date or timestamp into an epoch day. Stateless and thread-safe.
 *
 * <p>Timestamps with a zone or offset count in UTC ("2026-11-24T23:30:00-05:00" is day
 * 2026-11-25); local timestamps and plain dates count as written. Anything else that starts with
 * a valid {@code yyyy-MM-dd} (e.g. "2026-11-24T08:20:00.000+0200") uses that date, because being a
 * day off matters far less to clustering than having no date at all.
 */
public final class PublishedDay {

  private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final DateTimeFormatter SPACE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", java.util.Locale.ROOT);

  private PublishedDay() {}

  /** Days since 1970-01-01, or null when {@code published} is null, blank or unparseable. */
  public static Long epochDay(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String text = published.strip();
    LocalDate date = parse(text);
    return date == null ? null : date.toEpochDay();
  }

  private static LocalDate parse(String text) {
    try {
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      // fall through to the next accepted form
    }
    try {
      return ZonedDateTime.parse(text).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException notZoned) {
      // fall through
    }
    try {
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDateTime.parse(text, SPACE_TIMESTAMP).toLocalDate();
    } catch (DateTimeParseException notSpaced) {
      // fall through
    }
    return datePrefix(text);
  }

  private static LocalDate datePrefix(String text) {
    if (!DATE_PREFIX.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException invalid) {
      return null;
    }
  }
}
