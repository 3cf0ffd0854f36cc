package org.storydiff.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;

/**
 * Clock times: "08:20 GMT", "10 a.m.", "8.49pm". A time is no amount: its normalized form is
 * "HH:mm" on the 24-hour clock, its unit "time" plus the zone when one is written ("time GMT").
 * Stateless and thread-safe.
 */
final class ClockTimes {

  private static final Set<String> ZONES =
      Set.of(
          "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt",
          "ct", "mst", "mdt", "msk", "eet", "eest", "ist", "jst", "kst", "aest", "aedt", "sast",
          "wat", "cat", "eat", "hkt", "sgt", "wib");

  /** Hours with optional minutes after ':' or, before "am"/"pm", '.' ("8.49pm"). */
  private static final Pattern CLOCK_PARTS = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");

  private ClockTimes() {}

  /** "08:20 GMT", "10 a.m.", "8.49pm" as a {@link Kind#TIME}; null when not a valid time. */
  static Quantity clock(TokenView v, int i) {
    Matcher m = CLOCK_PARTS.matcher(v.norm(i));
    if (!m.matches()) {
      return null;
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int last = i;
    int meridiem = amPm(v, i + 1);
    if (meridiem != 0) {
      last = v.norm(i + 1).length() == 2 ? i + 1 : i + 3;
      last = v.norm(last + 1).equals(".") && v.touching(last) ? last + 1 : last;
      hours = hours % 12 + (meridiem > 0 ? 12 : 0);
    } else if (m.group(2) != null && v.norm(i).indexOf('.') >= 0) {
      return null;
    }
    String zone = null;
    if (v.isWord(last + 1) && ZONES.contains(v.norm(last + 1))) {
      zone = v.norm(last + 1);
      last++;
    }
    if (hours > 24 || minutes > 59) {
      return null;
    }
    return time(i, last, hours % 24, minutes, zone);
  }

  /** A {@link Kind#TIME} from token {@code first} to {@code last}: unit "time" plus its zone. */
  private static Quantity time(int first, int last, int hours, int minutes, String zone) {
    return new Quantity(
        first,
        last,
        0,
        null,
        Kind.TIME,
        zone == null ? "time" : "time " + zone.toUpperCase(Locale.ROOT),
        String.format(Locale.ROOT, "%02d:%02d", hours, minutes));
  }

  /** Zones after which agencies write four-digit times ("0241 GMT"). */
  private static final Set<String> FOUR_DIGIT_ZONES = Set.of("gmt", "utc");

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /**
   * "0241 GMT", "1052 UTC": the agencies' four-digit time as a {@link Kind#TIME}, read only right
   * before GMT or UTC (a lone "1052" is a year or a count); null otherwise.
   */
  static Quantity fourDigit(TokenView v, int i) {
    String n = v.norm(i);
    if (!FOUR_DIGITS.matcher(n).matches()
        || !v.isWord(i + 1)
        || !FOUR_DIGIT_ZONES.contains(v.norm(i + 1))) {
      return null;
    }
    int hours = Integer.parseInt(n.substring(0, 2));
    int minutes = Integer.parseInt(n.substring(2));
    return hours > 23 || minutes > 59 ? null : time(i, i + 1, hours, minutes, v.norm(i + 1));
  }

  /** 1 for p.m., -1 for a.m., 0 when neither follows at {@code k}. */
  static int amPm(TokenView v, int k) {
    String n = v.norm(k);
    if (n.equals("am") || n.equals("pm")) {
      return n.equals("pm") ? 1 : -1;
    }
    boolean dotted =
        (n.equals("a") || n.equals("p")) && v.norm(k + 1).equals(".") && v.norm(k + 2).equals("m");
    return dotted ? (n.equals("p") ? 1 : -1) : 0;
  }
}
