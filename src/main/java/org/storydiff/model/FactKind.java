package org.storydiff.model;

import java.util.Locale;

/** The kinds of finding the contract names; {@link #STATEMENT} is a sentence that is neither. */
public enum FactKind {
  FIGURE,
  QUOTE,
  STATEMENT;

  /** The contract's lower-case name, e.g. {@code "figure"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
