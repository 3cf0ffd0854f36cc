package org.storydiff.report;

import java.util.Arrays;
import java.util.List;

/** Shortens running text to a label of at most a number of words. Thread-safe: stateless. */
final class ShortText {

  private ShortText() {}

  /** The first {@code maxWords} words of {@code text} followed by " …" if it had more. */
  static String words(String text, int maxWords) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= maxWords) {
      return String.join(" ", words);
    }
    return String.join(" ", Arrays.copyOf(words, maxWords)) + " …";
  }

  /**
   * The words around {@code [from, to)} of {@code text}: the span itself and up to {@code each}
   * words on either side, with "…" where text was left out. Used to tell apart figures that count
   * the same kind of thing.
   */
  static String around(String text, int from, int to, int each) {
    int start = Math.max(0, Math.min(from, text.length()));
    int end = Math.max(start, Math.min(to, text.length()));
    // A word glued to the span (punctuation, a currency sign) does not count against the limit.
    boolean gluedBefore = start > 0 && !Character.isWhitespace(text.charAt(start - 1));
    boolean gluedAfter = end < text.length() && !Character.isWhitespace(text.charAt(end));
    List<String> before = words(text.substring(0, start));
    List<String> after = words(text.substring(end));
    int keepBefore = Math.min(before.size(), each + (gluedBefore ? 1 : 0));
    int keepAfter = Math.min(after.size(), each + (gluedAfter ? 1 : 0));
    StringBuilder out = new StringBuilder();
    if (keepBefore < before.size()) {
      out.append("… ");
    }
    out.append(String.join(" ", before.subList(before.size() - keepBefore, before.size())));
    out.append(gluedBefore || keepBefore == 0 ? "" : " ").append(text, start, end);
    out.append(gluedAfter || keepAfter == 0 ? "" : " ")
        .append(String.join(" ", after.subList(0, keepAfter)));
    if (keepAfter < after.size()) {
      out.append(" …");
    }
    return out.toString().strip();
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
  }
}
