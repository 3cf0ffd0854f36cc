package org.storydiff.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The lower-case particles inside personal names ("Muhammad al-Sayed", "Pieter van Dalen", "Faisal
 * bin Nasser", "Lucia da Costa"), in one place, so that every reader of names (speaker phrases, the
 * person index, name cleaning, variant matching) takes "al-Sayed" or "van Dalen" as part of the
 * name rather than as the word that ends it. Stateless and thread-safe.
 */
public final class NameParticles {

  /** Particles written lower-case inside a name, before the part they attach to. */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "bin", "ibn", "bint", "ben", "abu", "van", "von", "der", "den", "de",
          "da", "di", "du", "dos", "das", "del", "della");

  /**
   * Longest particle. Lower-casing never shortens a word, so a longer word is no particle and is
   * neither lower-cased nor looked up: this is asked of most words of every article.
   */
  private static final int LONGEST = PARTICLES.stream().mapToInt(String::length).max().orElse(0);

  private NameParticles() {}

  /** A bare particle ("van", "bin"), written apart from the name part it joins. */
  public static boolean isParticle(String word) {
    return word != null
        && word.length() <= LONGEST
        && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A particle joined to a capitalized name part by a hyphen: "al-Sayed", "el-Khoury". */
  public static boolean isJoined(String word) {
    int hyphen = word == null ? -1 : word.indexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && isParticle(word.substring(0, hyphen))
        && Character.isUpperCase(word.codePointAt(hyphen + 1));
  }

  /** A word that can stand in a name on its own: capitalized, or a joined particle. */
  public static boolean isNameWord(String word) {
    return word != null
        && !word.isEmpty()
        && (Character.isUpperCase(word.codePointAt(0)) || isJoined(word));
  }

  /**
   * Whether {@code words[i]} belongs to a name: a name word, or a run of at most two bare particles
   * between a capitalized word and a name word ("Ursula von der Leyen").
   */
  public static boolean inName(String[] words, int i) {
    if (isNameWord(words[i])) {
      return true;
    }
    if (!isParticle(words[i])) {
      return false;
    }
    int before = i - 1;
    while (before >= 0 && i - before <= 2 && isParticle(words[before])) {
      before--;
    }
    int after = i + 1;
    while (after < words.length && after - i <= 2 && isParticle(words[after])) {
      after++;
    }
    return before >= 0
        && after < words.length
        && Character.isUpperCase(words[before].codePointAt(0))
        && isNameWord(words[after]);
  }
}
