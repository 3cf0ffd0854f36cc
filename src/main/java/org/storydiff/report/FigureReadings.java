package org.storydiff.report;

import java.math.BigDecimal;
import java.util.Set;
import org.storydiff.model.Figure;

/**
 * How a figure reads in the report's tables: "at least 35", "30–40", "2187". Dates, weekdays and
 * clock times keep the agency's own words, which say more than their numeric value. Thread-safe.
 */
final class FigureReadings {

  private static final Set<String> AS_WRITTEN_UNITS = Set.of("date", "weekday");

  private FigureReadings() {}

  static String reading(Figure f) {
    if (f.unit() != null && (AS_WRITTEN_UNITS.contains(f.unit()) || f.unit().startsWith("time"))) {
      return f.text();
    }
    return f.qualifier() == null || f.qualifier().isBlank() ? value(f) : f.qualifier() + " " + value(f);
  }

  /** 2187.0 shows as "2187", 1.5 as "1.5", a range as "30–40"; never in exponent form. */
  static String value(Figure f) {
    String low = plain(f.value());
    return f.valueMax() == null ? low : low + "–" + plain(f.valueMax());
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
