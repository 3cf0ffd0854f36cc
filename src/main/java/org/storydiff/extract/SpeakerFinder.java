package org.storydiff.extract;

import java.util.Locale;
import java.util.Set;
import org.storydiff.text.Tokenizer;

/**
 * Says who speaks a quote from the words around it in its sentence: an attribution inside an
 * interrupted quote ({@code "…," he said, "…"}), after the quote ({@code "…," Reznikov said} or
 * {@code "…," said Defence Minister Oleksiy Reznikov}) or before it ({@code Zelenskyy said: "…"},
 * {@code described it as "…"}). Pronouns and bare titles ("he", "she", "they", "the minister") are
 * resolved to the nearest preceding named person; a lone surname is completed from an earlier full
 * name. Speakers are reduced to names by {@link SpeakerNames}. Stateless and thread-safe.
 */
final class SpeakerFinder {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we");
  /** How many tokens after a quote its attribution verb may be. */
  private static final int AFTER_WINDOW = 8;

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  /**
   * The speaker of the quote whose marks span {@code [start, end)}, reading attribution in
   * {@code [before, start)}, the interruption {@code [gapStart, gapEnd)} (empty when none) and
   * {@code [end, after)}; null when none is found.
   */
  String find(String body, QuoteSpan q, PersonIndex people) {
    String phrase = inRange(body, q.gapStart(), q.gapEnd(), 0, Integer.MAX_VALUE);
    if (phrase == null) {
      String before = lastInRange(body, q.contextStart(), q.start());
      String after = inRange(body, q.end(), q.contextEnd(), 0, AFTER_WINDOW);
      phrase = q.partial() && before != null ? before : after != null ? after : before;
    }
    return resolve(phrase, q.start(), people);
  }

  /** What the finder needs to know about one quote; all offsets index the body. */
  record QuoteSpan(int contextStart, int start, int gapStart, int gapEnd, int end, int contextEnd, boolean partial) {}

  private String inRange(String body, int from, int to, int minVerb, int maxVerb) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, from, to));
    for (int k = minVerb; k < v.size() && k <= maxVerb; k++) {
      if (isSentenceEnd(v, k)) {
        return null;
      }
      if (SpeakerPhrases.isVerb(v, k)) {
        String speaker = phrases.around(v, k);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  private String lastInRange(String body, int from, int to) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, from, to));
    for (int k = v.size() - 1; k >= 0; k--) {
      if (SpeakerPhrases.isVerb(v, k)) {
        String speaker = phrases.around(v, k);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  private static boolean isSentenceEnd(TokenView v, int k) {
    String n = v.norm(k);
    return n.equals(".") || n.equals("!") || n.equals("?");
  }

  private static String resolve(String phrase, int offset, PersonIndex people) {
    if (phrase == null) {
      return null;
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      PersonIndex.Person p = people.before(offset);
      return p == null ? null : p.name();
    }
    String[] words = lower.split("\\s+");
    if (words.length <= 3 && words[0].equals("the") && SpeakerNames.TITLES.contains(words[words.length - 1])) {
      PersonIndex.Person p = people.withTitleBefore(words[words.length - 1], offset);
      return p == null ? phrase : p.name();
    }
    if (words.length == 1 && Character.isUpperCase(phrase.codePointAt(0))) {
      PersonIndex.Person p = people.withSurnameBefore(phrase, offset + 1);
      return p == null ? phrase : p.name();
    }
    return SpeakerNames.clean(phrase);
  }
}
