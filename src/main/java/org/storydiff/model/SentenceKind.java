package org.storydiff.model;

/**
 * What a sentence is. Only {@link #BODY} and {@link #HEADLINE} sentences carry facts; the rest is
 * boilerplate that agencies add or drop freely and that must never become a finding.
 */
public enum SentenceKind {
  /** Ordinary running text. */
  BODY,
  /** A headline or subheadline repeated inside the body. */
  HEADLINE,
  /** A dateline prefix such as "KYIV, March 14 (Reuters) -". */
  DATELINE,
  /** A photo or video caption, e.g. "... [File: Name/AFP]". */
  CAPTION,
  /** A credit line such as "Source: ..." or "Reporting by ...". */
  CREDIT;

  public boolean isBoilerplate() {
    return this == DATELINE || this == CAPTION || this == CREDIT;
  }
}
