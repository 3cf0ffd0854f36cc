package org.storydiff.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.storydiff.model.Published;

/**
 * Formats publication times ({@link Published}, parsed once at ingest) for reading, in UTC, and the
 * gap between two of them. Thread-safe: stateless.
 */
final class PublishedTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private PublishedTimes() {}

  /**
   * The first to last publication time for reading, in UTC: {@code "2026-11-01 17:45–21:30"} on one
   * day, {@code "2026-11-01 17:45 – 2026-11-02 03:10"} across days, one time when both are equal.
   * Values known only to the day show as dates. "" when {@code first} is null; a null {@code last}
   * is left out.
   */
  static String span(Published first, Published last) {
    if (first == null) {
      return "";
    }
    if (last == null || last.instant().equals(first.instant())) {
      return readable(first);
    }
    boolean sameDay = first.hasTime() && last.hasTime() && first.epochDay() == last.epochDay();
    return sameDay
        ? readable(first) + "–" + TIME.format(last.instant())
        : readable(first) + " – " + readable(last);
  }

  private static String readable(Published p) {
    String day = DAY.format(p.instant());
    return p.hasTime() ? day + " " + TIME.format(p.instant()) : day;
  }

  /**
   * The gap from {@code earliest} to {@code time} as editors write it: {@code "+0m"}, {@code
   * "+45m"}, {@code "+2h 15m"}, {@code "+3d 4h"}; a negative gap gets a minus sign. Seconds are
   * dropped.
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
