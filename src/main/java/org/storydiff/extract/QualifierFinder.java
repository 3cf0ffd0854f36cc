package org.storydiff.extract;

import java.util.List;

/**
 * Finds the hedging words written right before a number ("at least 35"), lower-cased as written.
 * Stateless and thread-safe.
 */
final class QualifierFinder {

  /** Longest first, so "no more than" wins over "more than". */
  static final List<String> WORDS =
      List.of("no more than", "as many as", "an estimated", "at least", "more than", "fewer than",
          "less than", "up to", "close to", "at most", "upwards of", "nearly", "almost", "about",
          "around", "roughly", "some", "approximately", "over", "under", "estimated");

  /** A qualifier and the index of its first token. */
  record Found(String qualifier, int first) {}

  /** The qualifier ending right before token {@code first}, or null. */
  Found find(TokenView v, int first) {
    for (String q : WORDS) {
      String[] parts = q.split(" ");
      int start = first - parts.length;
      if (start >= 0 && matches(v, start, parts)) {
        return new Found(q, start);
      }
    }
    return null;
  }

  private static boolean matches(TokenView v, int start, String[] parts) {
    for (int k = 0; k < parts.length; k++) {
      if (!v.isWord(start + k) || !v.norm(start + k).equals(parts[k])) {
        return false;
      }
    }
    return true;
  }
}
