package org.storydiff.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Orders input locations {@code file:line} / {@code file#row} by file, then numerically by line.
 */
final class InputOrder {

  static final Comparator<String> COMPARATOR =
      (Comparator<String> & Serializable)
          (a, b) -> {
            int sa = separator(a);
            int sb = separator(b);
            int byFile = a.substring(0, sa).compareTo(b.substring(0, sb));
            if (byFile != 0) {
              return byFile;
            }
            return Long.compare(number(a, sa), number(b, sb));
          };

  private InputOrder() {}

  private static int separator(String input) {
    int i = Math.max(input.lastIndexOf(':'), input.lastIndexOf('#'));
    return i < 0 ? input.length() : i;
  }

  private static long number(String input, int separator) {
    try {
      return separator + 1 < input.length() ? Long.parseLong(input.substring(separator + 1)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
