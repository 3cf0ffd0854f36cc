package org.storydiff.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the hedge written right before a number ("at least 35") and names it with one word of a
 * small vocabulary, so that agencies' synonyms ("around", "roughly", "some") compare equal:
 *
 * <ul>
 *   <li>"at least": at least, no fewer than, no less than, a minimum of, a minimum term (...) of;
 *   <li>"more than": more than, over, upwards of, in excess of, well over, just over, above;
 *   <li>"up to": up to, as many as, as much as, as high as, as deep as, no more than, at most, a
 *       maximum of, a maximum sentence (term, ...) of, expandable (extendable) to; never after a
 *       verb of reaching and its object ("bringing us up to 83%", "pushed the toll up to 40": a
 *       level, no bound), while "could bring up to 700 jobs" is a bound;
 *   <li>"nearly": nearly, almost, close to, just under, just shy of;
 *   <li>"about": about, around, roughly, approximately, some, an estimated, estimated, circa, "~",
 *       in the vicinity (region, neighbourhood, order) of;
 *   <li>"fewer than": fewer than, less than, under, below.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class QualifierFinder {

  static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("at least", "at least"),
          Map.entry("no fewer than", "at least"),
          Map.entry("no less than", "at least"),
          Map.entry("a minimum of", "at least"),
          Map.entry("more than", "more than"),
          Map.entry("over", "more than"),
          Map.entry("upwards of", "more than"),
          Map.entry("in excess of", "more than"),
          Map.entry("well over", "more than"),
          Map.entry("just over", "more than"),
          Map.entry("above", "more than"),
          Map.entry("up to", "up to"),
          Map.entry("as many as", "up to"),
          Map.entry("as much as", "up to"),
          Map.entry("as high as", "up to"),
          Map.entry("as deep as", "up to"),
          Map.entry("no more than", "up to"),
          Map.entry("at most", "up to"),
          Map.entry("a maximum of", "up to"),
          Map.entry("expandable to", "up to"),
          Map.entry("extendable to", "up to"),
          Map.entry("nearly", "nearly"),
          Map.entry("almost", "nearly"),
          Map.entry("close to", "nearly"),
          Map.entry("just under", "nearly"),
          Map.entry("just shy of", "nearly"),
          Map.entry("about", "about"),
          Map.entry("around", "about"),
          Map.entry("roughly", "about"),
          Map.entry("approximately", "about"),
          Map.entry("some", "about"),
          Map.entry("an estimated", "about"),
          Map.entry("estimated", "about"),
          Map.entry("circa", "about"),
          Map.entry("in the vicinity of", "about"),
          Map.entry("in the region of", "about"),
          Map.entry("in the neighborhood of", "about"),
          Map.entry("in the neighbourhood of", "about"),
          Map.entry("on the order of", "about"),
          Map.entry("~", "about"),
          Map.entry("fewer than", "fewer than"),
          Map.entry("less than", "fewer than"),
          Map.entry("under", "fewer than"),
          Map.entry("below", "fewer than"));

  /** Longest first, so "no more than" wins over "more than" and "just under" over "under". */
  private static final List<String[]> PHRASES =
      WORDS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
          .map(w -> w.split(" "))
          .toList();

  /**
   * A qualifier (from the vocabulary above), the words as written, and the index of its first
   * token.
   */
  record Found(String qualifier, String written, int first) {}

  /**
   * Verbs that, with an object between them and "up to", make it "to": a level reached ("pushed the
   * toll up to 40", "bringing us up to 83%"), no bound. Right before "up to" they take a bound
   * ("could bring up to 700 jobs", "raise up to $50m").
   */
  private static final Set<String> REACHING =
      Set.of(
          "bring",
          "brings",
          "bringing",
          "brought",
          "push",
          "pushes",
          "pushing",
          "pushed",
          "raise",
          "raises",
          "raising",
          "raised",
          "ramp",
          "ramped",
          "ramping",
          "move",
          "moves",
          "moving",
          "moved",
          "step",
          "stepped",
          "scale",
          "scaled",
          "take",
          "takes",
          "taking",
          "took");

  /** Objects of a reaching verb right before "up to" ("bringing us up to 83%"). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("us", "it", "them", "him", "her");

  /** Most words of the object between a reaching verb and "up to" ("pushed the toll up to"). */
  private static final int REACHED_OBJECT_WORDS = 3;

  /** Whether "up to" starting at {@code upTo} names a level reached by an object, not a bound. */
  private static boolean reachedLevel(TokenView v, int upTo) {
    if (OBJECT_PRONOUNS.contains(v.norm(upTo - 1))) {
      return true;
    }
    for (int k = upTo - 2; k >= Math.max(0, upTo - 1 - REACHED_OBJECT_WORDS); k--) {
      if (!v.isWord(k + 1)) {
        return false;
      }
      if (REACHING.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** The qualifier ending right before token {@code first}, or null. */
  Found find(TokenView v, int first) {
    for (String[] parts : PHRASES) {
      int start = first - parts.length;
      if (start >= 0 && matches(v, start, parts)) {
        String written = String.join(" ", parts);
        if (written.equals("up to") && reachedLevel(v, start)) {
          return null;
        }
        return new Found(WORDS.get(written), written, start);
      }
    }
    return boundNamed(v, first);
  }

  /**
   * "a maximum sentence of 15 years", "a minimum term of 25 years": a bound named with its noun,
   * read as "up to" and "at least".
   */
  private static Found boundNamed(TokenView v, int first) {
    int bound = first - 3;
    if (bound < 0 || !v.norm(first - 1).equals("of") || !v.isWord(first - 2)) {
      return null;
    }
    String word = v.norm(bound);
    String qualifier =
        word.equals("maximum") ? "up to" : word.equals("minimum") ? "at least" : null;
    return qualifier == null
        ? null
        : new Found(qualifier, word + " " + v.norm(first - 2) + " of", bound);
  }

  private static boolean matches(TokenView v, int start, String[] parts) {
    for (int k = 0; k < parts.length; k++) {
      if (!v.norm(start + k).equals(parts[k]) || !(v.isWord(start + k) || parts[k].equals("~"))) {
        return false;
      }
    }
    return true;
  }
}
