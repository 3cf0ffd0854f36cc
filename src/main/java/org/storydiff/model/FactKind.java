package org.storydiff.model;

import java.util.Locale;

/**
 * The kinds of facts and findings. Findings use the contract's three kinds ({@link #STATEMENT} is a
 * sentence that is neither figure nor quote); facts are figures, quotes and, as an extension of the
 * contract, partial quotes, whose findings are reported with kind "quote".
 */
public enum FactKind {
  FIGURE,
  QUOTE,
  /** A few quoted words inside the reporter's own sentence; a fact kind only. */
  PARTIAL_QUOTE,
  STATEMENT;

  /** The kind a finding about a fact of this kind has: "quote" for a partial quote, else itself. */
  public FactKind findingKind() {
    return this == PARTIAL_QUOTE ? QUOTE : this;
  }

  /**
   * The lower-case name written in the datasets, e.g. {@code "figure"}, {@code "partial-quote"}.
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
