package org.storydiff.cluster;

/**
 * A deliberately light English suffix stripper ("floods"/"flooded"/"flooding" → "flood",
 * "injuries" → "injury"). It only has to map variants of one word together for similarity; it
 * never has to produce a real word. Stateless and thread-safe.
 */
final class Stemmer {

  private Stemmer() {}

  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 5 && word.endsWith("ing")) {
      return undouble(word.substring(0, n - 3));
    }
    if (n > 4 && word.endsWith("ed")) {
      return undouble(word.substring(0, n - 2));
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** "stopp" → "stop", so "stopped" and "stops" meet; "kill" keeps its double l. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}
