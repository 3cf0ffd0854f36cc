package org.storydiff.model;

import java.util.Objects;

/**
 * A figure of the story, normalized. Amounts carry a {@link #value()}; figures that are not one
 * amount carry their normalized form elsewhere and a null value, so that summing or comparing
 * values never mixes a toll with a date:
 *
 * <ul>
 *   <li>an amount ("at least 35 people", "$2bn", "12%", "three months", "the 33-year-old"): {@code
 *       value} set, bounds null;
 *   <li>a range ("30-40", "between 150 and 200") and a vague amount ("dozens", 12 to 120): {@code
 *       value} null, {@code valueMin}/{@code valueMax} set;
 *   <li>a calendar date or a year used as a date: {@code value} null, {@code date} in ISO 8601
 *       ("2022-02-24", "--02-24" without a year, "2018-06", "2016"), unit "date";
 *   <li>a clock time: {@code value} null, {@code time} "HH:mm" on the 24-hour clock, unit "time" or
 *       "time GMT" when a zone is written;
 *   <li>a weekday ("on Monday", unit "weekday") or an ordinal ("the third day", unit "ordinal"):
 *       {@code value} null; the wording is in {@code text}.
 * </ul>
 *
 * @param value the amount (2,187 and 2187 both give 2187.0; "1.5 million" gives 1500000.0), or null
 *     when the figure is not a single amount
 * @param valueMin the lower bound of a range or vague amount, else null
 * @param valueMax the upper bound of a range or vague amount, else null
 * @param unit what is counted or measured ("people killed", "wounded", "USD", "%", "km", "date"),
 *     or null when nothing identifies it
 * @param currency the ISO 4217 code when the figure is money in a known currency ("USD" for "$2bn",
 *     "HKD" for "HK$5.4m", "INR" for "Rs 500 crore"), else null; money in a currency word several
 *     countries use ("francs", "pesos") keeps the word as its unit and a null currency
 * @param qualifier the hedge, one of "at least", "more than", "up to", "nearly", "about", "fewer
 *     than", or "vague" for "dozens"-like amounts; null when the number is stated plainly
 * @param attribution who gives the figure when the sentence says ("Ukrainian officials" in
 *     "Ukrainian officials said at least 35 were killed", "the UN" in "the UN has recorded 596"),
 *     or null; written as {@code source} in {@code facts/}
 * @param date ISO 8601 date of a calendar figure, else null
 * @param time "HH:mm" of a clock time, else null
 */
public record Figure(
    String factId,
    int sentence,
    int start,
    int end,
    String text,
    Double value,
    Double valueMin,
    Double valueMax,
    String unit,
    String currency,
    String qualifier,
    String attribution,
    String date,
    String time)
    implements Fact {

  public Figure {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad figure span " + start + ".." + end);
    }
    if ((valueMin == null) != (valueMax == null) || (valueMin != null && valueMin > valueMax)) {
      throw new IllegalArgumentException("bad figure bounds " + valueMin + ".." + valueMax);
    }
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
    if (value != null && valueMin != null) {
      throw new IllegalArgumentException("a figure is an amount or a range, not both: " + text);
    }
  }

  /**
   * A single amount such as "at least 35 people" or "$2bn"; a unit that is an ISO 4217 code ("USD")
   * is also its currency.
   */
  public static Figure amount(
      String factId,
      int sentence,
      int start,
      String text,
      double value,
      String unit,
      String qualifier,
      String attribution) {
    String currency = unit != null && unit.matches("[A-Z]{3}") ? unit : null;
    return new Figure(
        factId,
        sentence,
        start,
        start + text.length(),
        text,
        value,
        null,
        null,
        unit,
        currency,
        qualifier,
        attribution,
        null,
        null);
  }

  @Override
  public FactKind kind() {
    return FactKind.FIGURE;
  }

  /** The {@code qualifier} of a "dozens"-like amount. */
  public static final String VAGUE = "vague";

  /** True for a "dozens"-like amount, whose value is only an order of magnitude. */
  public boolean isVague() {
    return VAGUE.equals(qualifier);
  }

  /** True when the figure is a single amount or a range, false for calendar and ordinal figures. */
  public boolean isQuantity() {
    return value != null || valueMin != null;
  }

  /** The amount, or a range's lower bound; null when the figure is no quantity. */
  public Double lowerBound() {
    return value != null ? value : valueMin;
  }

  /** The amount, or a range's upper bound; null when the figure is no quantity. */
  public Double upperBound() {
    return value != null ? value : valueMax;
  }

  /** This figure with another hedge. */
  public Figure withQualifier(String hedge) {
    return new Figure(
        factId,
        sentence,
        start,
        end,
        text,
        value,
        valueMin,
        valueMax,
        unit,
        currency,
        hedge,
        attribution,
        date,
        time);
  }
}
