package org.storydiff.report;

import java.math.BigDecimal;
import org.storydiff.model.Figure;

/**
 * How a figure reads in the report's tables: "at least 35", "30–40", "2187". Dates, weekdays and
 * clock times keep the agency's own words, which say more than their numeric value. Thread-safe.
 */
final class FigureReadings {

  private FigureReadings() {}

  static String reading(Figure f) {
    if (!f.isQuantity()) {
      return f.text();
    }
    return f.qualifier() == null || f.qualifier().isBlank()
        ? value(f)
        : f.qualifier() + " " + value(f);
  }

  /**
   * 2187.0 shows as "2187", 1.5 as "1.5", a range as "30–40" (never in exponent form); a date or
   * time as its normalized form ("2022-02-24", "08:20"); a weekday or ordinal as written.
   */
  static String value(Figure f) {
    if (f.value() != null) {
      return plain(f.value());
    }
    if (f.valueMin() != null) {
      return plain(f.valueMin()) + "–" + plain(f.valueMax());
    }
    return f.date() != null ? f.date() : f.time() != null ? f.time() : f.text();
  }

  /** What the figure counts, or "figure" when nothing says. */
  static String what(Figure f) {
    return f.unit() == null || f.unit().isBlank() ? "figure" : f.unit();
  }

  private static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
