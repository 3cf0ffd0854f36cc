package org.storydiff.align;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storydiff.text.LanguageResources;
import org.storydiff.text.LanguageWords;
import org.storydiff.text.LightStemmer;

/**
 * Pairs of key words (mostly verbs) whose swap turns a report into a different one: "Talks will
 * resume on Monday" and "Talks ended on Monday" share most words but describe two events. Entries
 * are stored as the language's stems so every inflection matches: English pairs below through
 * {@link LightStemmer}; German, French and Spanish ones from the {@code words.contradictions}
 * section of their resource ("steigen"/"gesunken", "confirmé"/"démenti"), each side listing its
 * forms, through their Snowball stemmer. Immutable and thread-safe.
 */
final class ContradictingWords {

  private static final String[][] ENGLISH_PAIRS = {
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

  static final ContradictingWords ENGLISH = new ContradictingWords(english());

  private static final Map<String, ContradictingWords> OTHERS = others();

  private final Map<String, Set<String>> opposites;

  private ContradictingWords(Map<String, Set<String>> opposites) {
    this.opposites = opposites;
  }

  /**
   * The pairs of a language (a code as {@code LanguageGroups.codeOf} gives it; English if none).
   */
  static ContradictingWords of(String language) {
    return language == null ? ENGLISH : OTHERS.getOrDefault(language, ENGLISH);
  }

  /** True when one term set holds a word whose opposite the other holds, and neither holds both. */
  boolean contradict(Set<String> termsA, Set<String> termsB) {
    return contradict(termsA, termsA, termsB);
  }

  /** The terms that have an opposing word, in order: the only ones {@link #contradict} reads. */
  List<String> withOpposites(String[] terms) {
    List<String> out = new ArrayList<>();
    for (String t : terms) {
      if (opposites.containsKey(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * As {@link #contradict(Set, Set)}, reading only {@code candidatesA}, the terms of A that have an
   * opposite ({@link #withOpposites}).
   */
  boolean contradict(Collection<String> candidatesA, Set<String> termsA, Set<String> termsB) {
    for (String a : candidatesA) {
      if (termsB.contains(a)) {
        continue;
      }
      for (String opposite : opposites.getOrDefault(a, Set.of())) {
        if (termsB.contains(opposite) && !termsA.contains(opposite)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, Set<String>> english() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] pair : ENGLISH_PAIRS) {
      oppose(map, Set.of(LightStemmer.stem(pair[0])), Set.of(LightStemmer.stem(pair[1])));
    }
    return frozen(map);
  }

  private static Map<String, ContradictingWords> others() {
    Map<String, ContradictingWords> out = new HashMap<>();
    for (String language : LanguageResources.SUPPORTED) {
      LanguageWords words = LanguageWords.of(language);
      Map<String, Set<String>> map = new HashMap<>();
      for (JsonNode pair : LanguageResources.of(language).path("words").path("contradictions")) {
        oppose(map, stems(pair.get(0), words), stems(pair.get(1), words));
      }
      out.put(language, new ContradictingWords(frozen(map)));
    }
    return Map.copyOf(out);
  }

  private static Set<String> stems(JsonNode forms, LanguageWords words) {
    Set<String> stems = new HashSet<>();
    forms.forEach(f -> stems.add(words.stem(f.asText().toLowerCase(Locale.ROOT))));
    return stems;
  }

  private static void oppose(Map<String, Set<String>> map, Set<String> xs, Set<String> ys) {
    for (String x : xs) {
      for (String y : ys) {
        map.computeIfAbsent(x, k -> new HashSet<>()).add(y);
        map.computeIfAbsent(y, k -> new HashSet<>()).add(x);
      }
    }
  }

  private static Map<String, Set<String>> frozen(Map<String, Set<String>> map) {
    map.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(map);
  }
}
