package org.storydiff.diff;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storydiff.model.Figure;

/**
 * The one-line {@code detail} of figure findings, e.g. {@code wounded: more than 130 → 134
 * (refinement)}, with the figure's source after its unit when a version names one ({@code killed
 * (Ukrainian officials): at least 35 → 35 (refinement)}). A refinement is a value the other
 * version's hedge allows ("at least 10" then "12"); a contradiction is one it rules out ("35" then
 * "40").
 */
final class FigureDetail {

  private FigureDetail() {}

  static String added(Figure f) {
    return label(f) + ": " + reading(f) + " (only in this version)";
  }

  static String omitted(Figure f, int carriers, int otherVersions) {
    return label(f)
        + ": "
        + reading(f)
        + " (in "
        + carriers
        + " of "
        + otherVersions
        + " other versions, not here)";
  }

  /**
   * @param measure what the figures measure as {@link FigureMeasure#label} reads it ("people
   *     injured", "people arrested (tuesday)")
   */
  static String changed(Figure mine, String measure, List<Figure> differing) {
    Set<String> theirs = new LinkedHashSet<>();
    boolean consistent = true;
    for (Figure other : differing) {
      theirs.add(reading(other));
      consistent =
          consistent
              && mine.isQuantity()
              && other.isQuantity()
              && interval(other).overlaps(interval(mine));
    }
    return label(measure, mine, differing)
        + ": "
        + String.join(" / ", theirs)
        + " → "
        + reading(mine)
        + (consistent ? " (refinement)" : " (contradiction)");
  }

  /** Whether two quantities allow no common value ("12" and "15"; not "12" and "at least 10"). */
  static boolean contradicts(Figure a, Figure b) {
    return a.isQuantity() && b.isQuantity() && !interval(a).overlaps(interval(b));
  }

  private static String label(Figure f) {
    return label(f.unit() == null ? "figure" : f.unit(), f, List.of());
  }

  /**
   * The measure, and the source of {@code f} (else of the first other that has one) in brackets.
   */
  private static String label(String unit, Figure f, List<Figure> others) {
    String source = SameFigureFact.source(f);
    for (int k = 0; source == null && k < others.size(); k++) {
      source = SameFigureFact.source(others.get(k));
    }
    return source == null ? unit : unit + " (" + source + ")";
  }

  /**
   * Qualifier and value as an editor reads them; dates, times, weekdays, ordinals and vague amounts
   * ("dozens") keep the agency's wording.
   */
  static String reading(Figure f) {
    if (!f.isQuantity() || f.isVague()) {
      return f.text();
    }
    String number =
        f.value() != null ? number(f.value()) : number(f.valueMin()) + "–" + number(f.valueMax());
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

  /** The values a hedged figure allows (qualifiers as {@code QualifierFinder} names them). */
  private static Interval interval(Figure f) {
    if (f.value() == null) {
      return new Interval(f.valueMin(), f.valueMax());
    }
    double v = f.value();
    String q = f.qualifier() == null ? "" : f.qualifier().toLowerCase(Locale.ROOT);
    return switch (q) {
      case "at least", "more than" -> new Interval(v, Double.MAX_VALUE);
      case "up to", "fewer than", "nearly" -> new Interval(0, v);
      case "about" -> new Interval(v * 0.9, v * 1.1);
      default -> new Interval(v, v);
    };
  }
}
