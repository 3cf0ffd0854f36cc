package org.storydiff.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the contract's optional {@code published} strings (ISO-8601 timestamp or date) and formats the
 * gap between two of them. A timestamp without an offset, or a bare date, is taken as UTC, which is
 * what wire agencies publish in. Thread-safe: stateless.
 */
final class PublishedTimes {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private PublishedTimes() {}

  /** The instant {@code published} names, or empty when it is null, blank or not ISO-8601. */
  static Optional<Instant> parse(String published) {
    if (published == null || published.isBlank()) {
      return Optional.empty();
    }
    String text = published.strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      // fall through to the less specific forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /**
   * The first to last publication time for reading, in UTC: {@code "2026-11-01 17:45–21:30"} on one
   * day, {@code "2026-11-01 17:45 – 2026-11-02 03:10"} across days, one time when both are equal.
   * Values given as bare dates show as dates. "" when {@code first} cannot be parsed; an unparseable
   * {@code last} is left out.
   */
  static String span(String first, String last) {
    Optional<Instant> from = parse(first);
    if (from.isEmpty()) {
      return "";
    }
    Optional<Instant> to = parse(last).filter(t -> !t.equals(from.get()));
    if (to.isEmpty()) {
      return readable(first, from.get());
    }
    boolean sameDay =
        isTimestamp(first)
            && isTimestamp(last)
            && DAY.format(from.get()).equals(DAY.format(to.get()));
    return sameDay
        ? readable(first, from.get()) + "–" + TIME.format(to.get())
        : readable(first, from.get()) + " – " + readable(last, to.get());
  }

  private static String readable(String written, Instant time) {
    return isTimestamp(written) ? DAY.format(time) + " " + TIME.format(time) : DAY.format(time);
  }

  private static boolean isTimestamp(String written) {
    return written.strip().indexOf('T') > 0;
  }

  /**
   * The gap from {@code earliest} to {@code time} as editors write it: {@code "+0m"}, {@code "+45m"},
   * {@code "+2h 15m"}, {@code "+3d 4h"}; a negative gap gets a minus sign. Seconds are dropped.
   */
  static String gap(Instant earliest, Instant time) {
    Duration gap = Duration.between(earliest, time);
    String sign = gap.isNegative() ? "-" : "+";
    long minutes = gap.abs().toMinutes();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return sign + days + "d " + hours + "h";
    }
    if (hours > 0) {
      return sign + hours + "h " + mins + "m";
    }
    return sign + mins + "m";
  }
}
