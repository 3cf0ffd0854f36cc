package org.storydiff.extract;

import org.storydiff.text.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.text.StopWords;

/**
 * Names what a count counts: the noun phrase after the number (lower-case, at most three words,
 * stopping at verbs and prepositions) plus the outcome the sentence gives it. Outcomes are
 * normalized so that "35 people were killed", "killed 35 people" and "35 people died" all give
 * "people killed", and "130 wounded" and "130 hurt" both give "wounded". Stateless and thread-safe.
 */
final class UnitFinder {

  private static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry("killed", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"),
          Map.entry("killing", "killed"), Map.entry("kills", "killed"), Map.entry("wounded", "wounded"),
          Map.entry("injured", "wounded"), Map.entry("hurt", "wounded"), Map.entry("wounding", "wounded"),
          Map.entry("injuring", "wounded"), Map.entry("missing", "missing"),
          Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"),
          Map.entry("displaced", "displaced"), Map.entry("evacuated", "evacuated"));
  private static final int MODIFIER_WORDS = 8;

  /** Words between a noun phrase and its outcome: "were", "have been", "are feared". */
  private static final Set<String> LINKS =
      Set.of("were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly",
          "also", "later", "confirmed", "now", "all", "believed", "feared", "thought", "left",
          "reported", "still", "officially", "either");
  private static final Set<String> PLURALS =
      Set.of("people", "children", "police", "men", "women", "staff", "personnel", "cattle",
          "sheep", "troops", "militia", "youth", "civilians", "km", "kg", "mph", "feet");
  /** Common irregular or short verbs that the "-ed"/"-ing" test misses. */
  private static final Set<String> NOUN_STOPS =
      Set.of("people's", "last", "next", "this", "ago", "earlier", "later", "so", "far", "total",
          "hit", "struck", "shook", "left", "took", "made", "came", "went", "got", "began", "fell",
          "rose", "remain", "remained", "face", "faced", "lost", "won", "held", "fled", "ran",
          "say", "saw", "gave", "met", "lay", "sat", "stood", "became", "include", "including");

  /**
   * A count's unit (null when nothing names it) and the index of the last token of the phrase it
   * was read from, so the figure's span can cover "at least 35 people".
   */
  record Unit(String unit, int phraseEnd) {}

  /** The unit of a count whose qualifier (if any) starts at {@code lead}. */
  Unit find(TokenView v, Quantity q, int lead) {
    int k = q.last() + 1;
    if (q.kind() == Quantity.Kind.VAGUE && v.norm(k).equals("of") && v.isWord(k + 1)) {
      k++;
    }
    String outcome = OUTCOMES.get(v.norm(k));
    if (outcome != null) {
      return new Unit(outcome, k);
    }
    List<String> noun = new ArrayList<>();
    int after = nounPhrase(v, k, noun);
    outcome = outcomeAfter(v, after);
    if (outcome == null) {
      outcome = outcomeBefore(v, lead, noun.isEmpty());
    }
    if (outcome == null && !noun.isEmpty()) {
      outcome = outcomeAfterModifier(v, after);
    }
    if (noun.isEmpty()) {
      return new Unit(outcome, q.last());
    }
    String phrase = String.join(" ", noun);
    return new Unit(outcome == null ? phrase : phrase + " " + outcome, after - 1);
  }

  /**
   * Collects up to three noun-phrase words from {@code k}; returns the index after them. Without a
   * part-of-speech tagger, a plural ends the phrase unless another plural follows ("police
   * officers", "crew members"), which keeps the verb out of "90 miners remain missing".
   */
  private static int nounPhrase(TokenView v, int k, List<String> noun) {
    while (noun.size() < 3 && v.isWord(k) && isNounWord(v, k, noun.isEmpty())) {
      if (!noun.isEmpty() && isPlural(noun.get(noun.size() - 1)) && !isPlural(v.norm(k))) {
        break;
      }
      noun.add(v.norm(k));
      k++;
    }
    return k;
  }

  private static boolean isPlural(String word) {
    return PLURALS.contains(word)
        || (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
            && !word.endsWith("is"));
  }

  private static boolean isNounWord(TokenView v, int k, boolean firstWord) {
    String n = v.norm(k);
    if (StopWords.contains(n) || NOUN_STOPS.contains(n) || OUTCOMES.containsKey(n)
        || NumberWords.isNumberWord(n) || CalendarWords.weekday(n) != null
        || (CalendarWords.month(n) != null && v.isCapitalized(k))) {
      return false;
    }
    boolean verbLike = n.endsWith("ed") || n.endsWith("ing");
    return firstWord || !verbLike;
  }

  private static String outcomeAfter(TokenView v, int k) {
    for (int skipped = 0; skipped <= 4; skipped++, k++) {
      String n = v.norm(k);
      if (OUTCOMES.containsKey(n)) {
        return OUTCOMES.get(n);
      }
      if (!LINKS.contains(n)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "400 people living near the port had been evacuated": past a modifier of the noun, an outcome
   * right after a link word ("were", "had been") within a few words, stopping at punctuation or
   * another number so a second count's outcome is never borrowed.
   */
  private static String outcomeAfterModifier(TokenView v, int k) {
    for (int end = k + MODIFIER_WORDS; k < end && v.isWord(k); k++) {
      if (OUTCOMES.containsKey(v.norm(k)) && k > 0 && LINKS.contains(v.norm(k - 1))) {
        return OUTCOMES.get(v.norm(k));
      }
    }
    return null;
  }

  /** "killed at least 35 people", "killing 35"; a bare number after a "toll" counts the dead. */
  private static String outcomeBefore(TokenView v, int lead, boolean bare) {
    String before = v.norm(lead - 1);
    if (OUTCOMES.containsKey(before) && v.isWord(lead - 1)) {
      return OUTCOMES.get(before);
    }
    if (bare) {
      for (int k = lead - 1; k >= Math.max(0, lead - 6); k--) {
        if (v.norm(k).equals("toll")) {
          return "killed";
        }
      }
    }
    return null;
  }
}
