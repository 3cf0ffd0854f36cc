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
  private static final int AFTER_WINDOW = 16;
  private static final int NEXT_SENTENCE_WINDOW = 4;
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "prof", "st",
          "jr", "sr", "u", "s", "d", "r", "no");
  private static final Set<String> DASHES = Set.of("-", "\u2015");

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  /**
   * The speaker of the quote whose marks span {@code [start, end)}, reading attribution in
   * {@code [before, start)}, the interruption {@code [gapStart, gapEnd)} (empty when none) and
   * {@code [end, after)}, looking a few tokens into {@code [after, lineEnd)} when the sentence ends
   * at the quote; null when none is found.
   */
  String find(String body, QuoteSpan q, PersonIndex people) {
    String phrase = inRange(body, q.gapStart(), q.gapEnd(), 0, Integer.MAX_VALUE);
    if (phrase == null) {
      String before = lastInRange(body, q.contextStart(), q.start());
      String after = inRange(body, q.end(), q.contextEnd(), 0, AFTER_WINDOW);
      if (after == null && q.lineEnd() > q.contextEnd()) {
        // The splitter may have cut '?" Rubio said.' after the mark; a verb within the next few
        // tokens still attributes the quote.
        after = inRange(body, q.end(), q.lineEnd(), 0, NEXT_SENTENCE_WINDOW);
      }
      if (after == null) {
        after = dashCredit(body, q.end(), Math.max(q.contextEnd(), lineEnd(body, q.end())));
      }
      phrase = q.partial() && before != null ? before : after != null ? after : before;
    }
    return resolve(phrase, q.start(), people);
  }

  /** What the finder needs to know about one quote; all offsets index the body. */
  record QuoteSpan(
      int contextStart, int start, int gapStart, int gapEnd, int end, int contextEnd, int lineEnd, boolean partial) {}

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

  /** A full stop ends the search unless it closes an abbreviation such as "Ms." or "U.S.". */
  private static boolean isSentenceEnd(TokenView v, int k) {
    String n = v.norm(k);
    if (n.equals(".")) {
      return !(v.touching(k - 1) && ABBREVIATIONS.contains(v.norm(k - 1)));
    }
    return n.equals("!") || n.equals("?");
  }

  /** {@code "…" ― Francisco Herrero}: a dash and a name right after the quote. */
  private static String dashCredit(String body, int from, int to) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, from, Math.min(to, from + 80)));
    if (v.size() < 2 || !DASHES.contains(v.norm(0)) || !v.isCapitalized(1)) {
      return null;
    }
    int end = 1;
    while (end + 1 < v.size() && v.isWord(end + 1) && v.isCapitalized(end + 1) && end < 4) {
      end++;
    }
    return v.text(1, end);
  }

  private static int lineEnd(String body, int from) {
    int nl = body.indexOf('\n', from);
    return nl < 0 ? body.length() : nl;
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
