package org.storydiff.extract;

/**
 * A number recognized in a token view, before its unit, qualifier and attribution are settled.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param value the number; a range's lower bound
 * @param valueMax a range's upper bound, else null
 * @param kind what sort of number it is
 * @param unit the fixed unit for kinds that have one ("USD", "%", "time GMT", "date"), null for
 *     counts, whose unit comes from the words around them
 */
record Quantity(int first, int last, double value, Double valueMax, Kind kind, String unit) {

  enum Kind {
    COUNT,
    VAGUE,
    MONEY,
    PERCENT,
    TIME,
    DATE,
    WEEKDAY,
    YEAR,
    AGE,
    ORDINAL
  }

  /** True for kinds whose unit is what is counted, found in the words after the number. */
  boolean countsSomething() {
    return kind == Kind.COUNT || kind == Kind.VAGUE;
  }

  Quantity withLast(int newLast) {
    return new Quantity(first, newLast, value, valueMax, kind, unit);
  }
}
