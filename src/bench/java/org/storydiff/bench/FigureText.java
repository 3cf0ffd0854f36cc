package org.storydiff.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a planted quantity as wire copy does ("41 people", "$2.5 billion", "12 percent",
 * "magnitude 6.1") and plants changes to it. Stateless and thread-safe.
 */
final class FigureText {

  private FigureText() {}

  /**
   * @param grouped write thousands with commas ("2,187"); false writes "2187" (a difference of form
   *     only)
   */
  static String render(double value, Templates.FigureSlot slot, String qualifier, boolean grouped) {
    String number = number(value, slot, grouped);
    String unit = slot.unit();
    String text;
    if (unit.endsWith("dollars a share")) {
      text = "$" + number + " a share";
    } else if (unit.equals("million dollars") || unit.equals("billion dollars")) {
      text = "$" + number + " " + unit.substring(0, unit.indexOf(' '));
    } else if (unit.isEmpty()) {
      text = number;
    } else {
      text = number + " " + unit;
    }
    return qualifier == null ? text : qualifier + " " + text;
  }

  private static String number(double value, Templates.FigureSlot slot, boolean grouped) {
    if (slot.decimal()) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    long v = Math.round(value);
    // Years and other unit-less figures are never grouped.
    return grouped && v >= 1000 && !slot.unit().isEmpty()
        ? String.format(Locale.ROOT, "%,d", v)
        : Long.toString(v);
  }

  /**
   * A contradicting value: a few percent up or down (at least one unit, 0.1 for decimals, one to
   * three for unit-less figures such as years).
   */
  static double contradiction(SplittableRandom rng, double value, Templates.FigureSlot slot) {
    double step;
    if (slot.decimal()) {
      step = 0.1 * (1 + rng.nextInt(4));
    } else if (slot.unit().isEmpty()) {
      step = 1 + rng.nextInt(3);
    } else {
      step = Math.max(1, Math.round(value * (0.03 + 0.12 * rng.nextDouble())));
    }
    double changed = rng.nextBoolean() || value - step <= 0 ? value + step : value - step;
    return slot.decimal() ? Math.round(changed * 10) / 10.0 : changed;
  }

  /**
   * A hedged round number the exact value refines ("more than 40" for 41), or null when the value
   * is too small or not whole.
   */
  static Double hedge(double value, Templates.FigureSlot slot) {
    if (slot.decimal() || value < 12 || slot.unit().isEmpty()) {
      return null;
    }
    long magnitude = value >= 1000 ? 100 : 10;
    long round = (long) Math.floor(value / magnitude) * magnitude;
    return round == value || round <= 0 ? null : (double) round;
  }
}
