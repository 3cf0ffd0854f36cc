package org.storydiff.report;

/**
 * A run of sentence text for the templates, which escape {@code text}. A run inside both a quote
 * and a figure is marked as both.
 *
 * @param text the agency's own characters
 * @param figure inside a figure's span
 * @param quote inside a quote's span
 */
public record TextSegment(String text, boolean figure, boolean quote) {

  /** Whether the run is highlighted at all; the templates cannot combine conditions themselves. */
  public boolean marked() {
    return figure || quote;
  }

  /** The {@code class} of the {@code <mark>}: "figure", "quote" or "figure quote". */
  public String markClass() {
    return figure && quote ? "figure quote" : figure ? "figure" : quote ? "quote" : "";
  }
}
