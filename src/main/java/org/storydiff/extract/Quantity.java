package org.storydiff.extract;

/**
 * A number recognized in a token view, before its unit, qualifier and attribution are settled.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param value the amount; a range's lower bound; a vague amount's multiplier ("dozens" 12); 0 for
 *     kinds that are not amounts (dates, times, weekdays, ordinals, scores)
 * @param valueMax a range's upper bound, else null
 * @param kind what sort of number it is
 * @param unit the fixed unit for kinds that have one ("USD", "%", "time GMT", "date"), null for
 *     counts, whose unit comes from the words around them
 * @param normalized the ISO 8601 date of a {@link Kind#DATE}, the "HH:mm" of a {@link Kind#TIME},
 *     else null
 */
record Quantity(
    int first, int last, double value, Double valueMax, Kind kind, String unit, String normalized) {

  enum Kind {
    /** A plain number, spelled or in digits, whose unit is what follows it. */
    COUNT,
    /** "dozens", "hundreds of thousands": a multiplier, not a number. */
    VAGUE,
    /** "half", "a third", "two-thirds" of something. */
    FRACTION,
    MONEY,
    PERCENT,
    TIME,
    DATE,
    WEEKDAY,
    AGE,
    ORDINAL,
    /**
     * Number-like text that is no figure, recognized so that no part of it becomes one: results
     * ("2-1"), slashed labels ("9/11", "24/7").
     */
    SKIP
  }

  Quantity(int first, int last, double value, Double valueMax, Kind kind, String unit) {
    this(first, last, value, valueMax, kind, unit, null);
  }

  /** True for kinds whose unit is what is counted, found in the words after the number. */
  boolean countsSomething() {
    return kind == Kind.COUNT || kind == Kind.VAGUE || kind == Kind.FRACTION;
  }

  /** True for amounts: kinds whose value (or range) means a quantity. */
  boolean isAmount() {
    return switch (kind) {
      case COUNT, VAGUE, FRACTION, MONEY, PERCENT, AGE -> true;
      case TIME, DATE, WEEKDAY, ORDINAL, SKIP -> false;
    };
  }
}
