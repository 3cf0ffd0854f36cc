package org.storydiff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations that open and close within one paragraph. Curly and guillemet marks say
 * which way they face; a straight {@code "} opens when no quotation is open and closes otherwise. A
 * quotation still open at the paragraph's end is the wire style for a quote that runs on into the
 * next paragraph and is not reported. Single quotes are ignored: they double as apostrophes.
 * Stateless and thread-safe.
 */
final class Quotations {

  /**
   * Longer "quotations" are more likely an unbalanced mark (5'11", a stray ") than speech, and
   * keeping sentence breaks inside them would otherwise glue a whole paragraph together.
   */
  static final int MAX_LENGTH = 1_000;

  private Quotations() {}

  /** Closed quotations as {@code {open, close}} index pairs of the marks, ascending. */
  static List<int[]> in(CharSequence text) {
    List<int[]> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isOpening(c) && open < 0) {
        open = i;
      } else if (c != '"' && isClosing(c) && open >= 0) {
        if (i - open <= MAX_LENGTH) {
          quotes.add(new int[] {open, i});
        }
        open = -1;
      } else if (c == '"') {
        open = open < 0 ? i : closeStraight(quotes, open, i);
      }
    }
    return quotes;
  }

  /** True for a mark that can close a double quotation. */
  static boolean isClosing(char c) {
    return c == '\u201D' || c == '\u00BB' || c == '"';
  }

  private static int closeStraight(List<int[]> quotes, int open, int close) {
    if (close - open <= MAX_LENGTH) {
      quotes.add(new int[] {open, close});
    }
    return -1;
  }

  private static boolean isOpening(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }
}
