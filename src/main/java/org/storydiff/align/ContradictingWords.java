package org.storydiff.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.storydiff.text.LightStemmer;

/**
 * Pairs of key words (mostly verbs) whose swap turns a report into a different one: "Talks will
 * resume on Monday" and "Talks ended on Monday" share most words but describe two events. Entries
 * are stored as {@link LightStemmer} stems so every inflection matches. Immutable and thread-safe.
 */
final class ContradictingWords {

  private static final String[][] PAIRS = {
    {"resume", "end"},
    {"resume", "suspend"},
    {"resume", "halt"},
    {"resume", "stall"},
    {"start", "end"},
    {"begin", "end"},
    {"start", "stop"},
    {"begin", "stop"},
    {"continue", "end"},
    {"continue", "stop"},
    {"continue", "halt"},
    {"continue", "suspend"},
    {"open", "close"},
    {"open", "shut"},
    {"rise", "fall"},
    {"rise", "drop"},
    {"increase", "decrease"},
    {"increase", "cut"},
    {"raise", "cut"},
    {"raise", "lower"},
    {"gain", "lose"},
    {"win", "lose"},
    {"approve", "reject"},
    {"accept", "reject"},
    {"accept", "refuse"},
    {"agree", "refuse"},
    {"confirm", "deny"},
    {"admit", "deny"},
    {"support", "oppose"},
    {"allow", "ban"},
    {"lift", "impose"},
    {"arrive", "leave"},
    {"arrive", "depart"},
    {"enter", "leave"},
    {"release", "detain"},
    {"release", "arrest"},
    {"advance", "retreat"},
    {"attack", "defend"},
    {"convict", "acquit"},
    {"rose", "fell"},
    {"rise", "fell"},
    {"rose", "fall"},
    {"won", "lost"},
    {"win", "lost"},
    {"won", "lose"},
    {"began", "end"},
    {"began", "stop"},
    {"guilty", "innocent"},
    {"survive", "die"},
    {"pass", "fail"},
  };

  private static final Map<String, Set<String>> OPPOSITES = build();

  private ContradictingWords() {}

  /** True when one term set holds a word whose opposite the other holds, and neither holds both. */
  static boolean contradict(Set<String> termsA, Set<String> termsB) {
    for (String a : termsA) {
      if (termsB.contains(a)) {
        continue;
      }
      for (String opposite : OPPOSITES.getOrDefault(a, Set.of())) {
        if (termsB.contains(opposite) && !termsA.contains(opposite)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] pair : PAIRS) {
      String x = LightStemmer.stem(pair[0]);
      String y = LightStemmer.stem(pair[1]);
      map.computeIfAbsent(x, k -> new HashSet<>()).add(y);
      map.computeIfAbsent(y, k -> new HashSet<>()).add(x);
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(map);
  }
}
