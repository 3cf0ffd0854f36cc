package org.storydiff.model;

import java.util.Objects;

/**
 * A number worth reporting, normalized.
 *
 * @param value the number (2,187 and 2187 both give 2187.0; "1.5 million" gives 1500000.0); for a
 *     range, its lower bound
 * @param valueMax the upper bound of a range ("30-40" gives 40.0), else null
 * @param unit what is counted or measured ("people killed", "wounded", "USD", "%", "GMT time"),
 *     or null when nothing identifies it
 * @param qualifier hedging such as "at least", "more than", "up to", "about", or null
 * @param attribution who gives the figure when the sentence says ("Ukrainian officials"), or null
 */
public record Figure(
    String factId,
    int sentence,
    int start,
    int end,
    String text,
    double value,
    Double valueMax,
    String unit,
    String qualifier,
    String attribution)
    implements Fact {

  public Figure {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad figure span " + start + ".." + end);
    }
  }

  @Override
  public FactKind kind() {
    return FactKind.FIGURE;
  }
}
