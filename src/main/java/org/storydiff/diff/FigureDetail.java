package org.storydiff.diff;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storydiff.model.Figure;

/**
 * The one-line {@code detail} of figure findings, e.g. {@code wounded: more than 130 → 134
 * (refinement)}. A refinement is a value the other version's hedge allows ("at least 10" then
 * "12"); a contradiction is one it rules out ("35" then "40").
 */
final class FigureDetail {

  private FigureDetail() {}

  static String added(Figure f) {
    return label(f) + ": " + reading(f) + " (only in this version)";
  }

  static String omitted(Figure f, int carriers, int otherVersions) {
    return label(f) + ": " + reading(f) + " (in " + carriers + " of " + otherVersions
        + " other versions, not here)";
  }

  static String changed(Figure mine, List<Figure> differing) {
    Set<String> theirs = new LinkedHashSet<>();
    boolean consistent = true;
    for (Figure other : differing) {
      theirs.add(reading(other));
      consistent &= interval(other).overlaps(interval(mine));
    }
    return label(mine) + ": " + String.join(" / ", theirs) + " → " + reading(mine)
        + (consistent ? " (refinement)" : " (contradiction)");
  }

  private static String label(Figure f) {
    return f.unit() == null ? "figure" : f.unit();
  }

  /** Qualifier and value as an editor reads them; dates and times keep the agency's wording. */
  static String reading(Figure f) {
    String unit = f.unit() == null ? "" : f.unit();
    if (unit.equals("date") || unit.equals("weekday") || unit.startsWith("time")) {
      return f.text();
    }
    String number = number(f.value()) + (f.valueMax() == null ? "" : "–" + number(f.valueMax()));
    return f.qualifier() == null ? number : f.qualifier() + " " + number;
  }

  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private record Interval(double low, double high) {
    boolean overlaps(Interval o) {
      return low <= o.high && o.low <= high;
    }
  }

  /** The values a hedged figure allows. */
  private static Interval interval(Figure f) {
    double v = f.value();
    if (f.valueMax() != null) {
      return new Interval(v, f.valueMax());
    }
    String q = f.qualifier() == null ? "" : f.qualifier().toLowerCase(Locale.ROOT);
    return switch (q) {
      case "at least", "more than", "over", "upwards of", "in excess of" -> new Interval(v, Double.MAX_VALUE);
      case "up to", "fewer than", "less than", "under", "nearly", "almost", "at most" -> new Interval(0, v);
      case "about", "around", "roughly", "some", "approximately", "an estimated", "estimated" ->
          new Interval(v * 0.9, v * 1.1);
      case "vague" -> new Interval(v, v * 100);
      default -> new Interval(v, v);
    };
  }
}
