package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.model.Figure;
import org.storydiff.text.LightStemmer;
import org.storydiff.text.NumberWords;

/**
 * What a version says about a figure, as compared across versions: equal readings are no change
 * whatever the wording ("2,187" and "2187", "35" and "thirty-five", "1.5 million" and "1,500,000",
 * "around" and "about"). An amount reads as its value, bounds and qualifier; a date, time, weekday
 * or ordinal as its normalized {@code label}.
 *
 * <p>A plain value inside another version's range agrees with it ("35" and "30 to 40", "300" and
 * "hundreds"): the range said as much. Hedges do not widen into ranges: "at least 35" and "40",
 * "61" and "at least 61", "at least 37" and "at least 41" differ (a refinement where the hedge
 * allows the other value), because the contract counts a changed value or qualifier as a change and
 * a toll raised from one hedged number to another is news.
 */
record FigureReading(
    Double value, Double valueMin, Double valueMax, String qualifier, String label) {

  /**
   * Hedges of {@code QualifierFinder} that say the same of one number: an estimate near it or up to
   * it ("about", "nearly", "up to"), or a floor under it ("at least", "more than"). An estimate and
   * a floor say different things ("about 1,500" and "more than 1,500").
   */
  private static final List<Set<String>> SAME_HEDGES =
      List.of(Set.of("about", "nearly", "up to"), Set.of("at least", "more than"));

  static FigureReading of(Figure f) {
    if (f.isQuantity()) {
      return new FigureReading(f.value(), f.valueMin(), f.valueMax(), f.qualifier(), null);
    }
    return new FigureReading(null, null, null, null, label(f));
  }

  /**
   * A comparison key for units: the light stems of their words, so "hour" and "hours" agree; the
   * units of dates, times, weekdays and ordinals are kept apart from amounts ("3 times", "10:00").
   */
  static String unitKey(Figure f) {
    if (f.unit() == null) {
      return null;
    }
    List<String> stems = new ArrayList<>();
    if (!f.isQuantity()) {
      stems.add("@");
    }
    for (String w : f.unit().toLowerCase(Locale.ROOT).split(" ")) {
      stems.add(LightStemmer.stem(w));
    }
    return String.join(" ", stems);
  }

  /**
   * True when the two readings can both be right: equal, amounts as in the class comment, or dates
   * that agree wherever both say something ("February 24" and "24 February 2022"; "2022" and "March
   * 2022").
   */
  boolean agreesWith(FigureReading o) {
    if (equals(o)) {
      return true;
    }
    if (label == null && o.label == null) {
      return allows(o) || o.allows(this) || sameHedgedValue(o);
    }
    if (label == null || o.label == null || !isDate(label) || !isDate(o.label)) {
      return false;
    }
    String[] a = dateFields(label);
    String[] b = dateFields(o.label);
    for (int k = 0; k < 3; k++) {
      if (a[k] != null && b[k] != null && !a[k].equals(b[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each version's reading replaced by the most precise reading of the group it agrees with, so
   * that a date written with and without its year counts as one reading.
   */
  static Map<Integer, FigureReading> merged(Map<Integer, FigureReading> byVersion) {
    List<FigureReading> distinct = new ArrayList<>(byVersion.values().stream().distinct().toList());
    distinct.sort(
        Comparator.comparingInt(FigureReading::precision)
            .reversed()
            .thenComparing(FigureReading::toString));
    Map<Integer, FigureReading> out = new HashMap<>();
    byVersion.forEach(
        (v, r) -> out.put(v, distinct.stream().filter(r::agreesWith).findFirst().orElse(r)));
    return out;
  }

  /**
   * Two hedges of one value that say the same ({@link #SAME_HEDGES}): "about 8" and "nearly 8", "as
   * many as 100" and "around 100", "at least 35" and "more than 35".
   */
  private boolean sameHedgedValue(FigureReading o) {
    if (qualifier == null
        || o.qualifier == null
        || value == null
        || !value.equals(o.value)
        || !Objects.equals(valueMin, o.valueMin)
        || !Objects.equals(valueMax, o.valueMax)) {
      return false;
    }
    return SAME_HEDGES.stream().anyMatch(h -> h.contains(qualifier) && h.contains(o.qualifier));
  }

  /**
   * True when {@code point}, a plain single value, lies inside this range (or vague amount). A
   * hedge is no range here: "more than 130" then "134" stays a change (a refinement), as the
   * contract's example and the sample data's planted toll update have it.
   */
  private boolean allows(FigureReading point) {
    if (point.value == null || point.qualifier != null || valueMin == null) {
      return false;
    }
    return valueMin <= point.value && point.value <= valueMax;
  }

  /**
   * Sort key of {@link #merged}: the reading others are mapped onto comes first. Dates by how much
   * they say; amounts with a range or hedge before plain values, so that a plain value maps onto
   * the range or hedge that allows it, never a hedge onto a value (which would make two hedges that
   * both allow it look equal).
   */
  private int precision() {
    if (label == null) {
      return valueMin != null || qualifier != null ? 1 : 0;
    }
    return label.replace("-", "").length();
  }

  private static String label(Figure f) {
    if (f.date() != null) {
      return f.date();
    }
    if (f.time() != null) {
      return f.time();
    }
    String text = f.text().toLowerCase(Locale.ROOT);
    if ("ordinal".equals(f.unit())) {
      String digits = text.replaceAll("\\D", "");
      Integer word = NumberWords.ordinal(text.replaceAll("[^a-z]", ""));
      return digits.isEmpty() ? Objects.toString(word, text) : digits;
    }
    return text;
  }

  private static boolean isDate(String label) {
    return label.matches("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}");
  }

  /** Year, month and day of an ISO date label, null where it does not say. */
  private static String[] dateFields(String label) {
    if (label.startsWith("--")) {
      return new String[] {null, label.substring(2, 4), label.substring(5, 7)};
    }
    String[] parts = label.split("-");
    return new String[] {
      parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null
    };
  }
}
