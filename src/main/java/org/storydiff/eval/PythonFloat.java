package org.storydiff.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a gold value the way Python's {@code float()} does, so that scores here equal those of the
 * reference scorers: numbers and numeric strings ("800000000.0", " 19 ", "1e6", "1_000") give a
 * value; ranges such as "252.0-287.0", "-" and empty strings give none. Stateless.
 */
final class PythonFloat {

  private static final Pattern NUMBER =
      Pattern.compile(
          "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)");

  private PythonFloat() {}

  /** The value of a JSON scalar as Python's float() reads it, or null where float() fails. */
  static Double of(Object json) {
    if (json instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (json instanceof Number n) {
      return n.doubleValue();
    }
    if (!(json instanceof String s)) {
      return null;
    }
    String t = s.strip();
    if (NUMBER.matcher(t).matches()) {
      return Double.parseDouble(t.replace("_", ""));
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (SPECIAL.matcher(lower).matches()) {
      double sign = lower.startsWith("-") ? -1 : 1;
      return lower.contains("nan") ? Double.NaN : sign * Double.POSITIVE_INFINITY;
    }
    return null;
  }
}
