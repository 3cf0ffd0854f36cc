package org.storydiff.text;

import java.util.Set;

/**
 * A deliberately light English suffix stripper: enough to make "killed"/"kill", "talks"/"talk" and
 * "shelling"/"shelled" meet, without Porter's aggressive conflations that would make unrelated
 * words look alike. Input is a lower-cased word norm; output is a comparison key, not a word.
 * Stateless and thread-safe.
 */
public final class LightStemmer {

  /** Words whose final "s" is not a plural ending. */
  private static final Set<String> KEEP_FINAL_S =
      Set.of(
          "news",
          "series",
          "species",
          "always",
          "perhaps",
          "towards",
          "afterwards",
          "lens",
          "gas",
          "bus",
          "yes",
          "whereas",
          "chaos",
          "atlas");

  private LightStemmer() {}

  public static String stem(String word) {
    String w = stripPossessive(word);
    if (KEEP_FINAL_S.contains(w)) {
      return w;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return undouble(dropFinalE(w.substring(0, w.length() - 3)));
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return undouble(dropFinalE(w.substring(0, w.length() - 2)));
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    return dropFinalE(w);
  }

  private static String stripPossessive(String word) {
    if (word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
  }

  /** "resume" and "resumed" both give "resum". */
  private static String dropFinalE(String w) {
    return w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /** "stopp" (from "stopped") gives "stop"; l, s and z doubles are part of the word ("kill"). */
  private static String undouble(String w) {
    int n = w.length();
    if (n > 3
        && w.charAt(n - 1) == w.charAt(n - 2)
        && "lsz".indexOf(w.charAt(n - 1)) < 0
        && !isVowel(w.charAt(n - 1))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
