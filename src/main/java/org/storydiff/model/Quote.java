package org.storydiff.model;

import java.util.Objects;

/**
 * A direct quote. {@code [start, end)} covers the quotation including its marks; {@link #quote()} is
 * the quoted words without the marks (for a quote interrupted by an attribution, the parts joined
 * by a single space).
 *
 * @param speaker the named person or body the quote is attributed to, or null when there is none
 */
public record Quote(
    String factId, int sentence, int start, int end, String text, String quote, String speaker)
    implements Fact {

  public Quote {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quote, "quote");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }
  }

  @Override
  public FactKind kind() {
    return FactKind.QUOTE;
  }
}
