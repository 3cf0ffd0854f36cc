package org.storydiff.extract;

import java.util.List;
import java.util.Set;
import org.storydiff.text.SentenceTokenizer;

/**
 * Says who speaks a quote from the words around it in its sentence: an attribution inside an
 * interrupted quote ({@code "…," he said, "…"}), after the quote ({@code "…," Reznikov said} or
 * {@code "…," said Defence Minister Oleksiy Reznikov}) or before it ({@code Zelenskyy said: "…"},
 * {@code described it as "…"}). It returns the speaker as written ("he", "the minister", "Defence
 * Minister Oleksiy Reznikov"); {@link SpeakerResolver} says whom that names. Stateless and
 * thread-safe.
 */
final class SpeakerFinder {

  /** How many tokens after a quote its attribution verb may be. */
  private static final int AFTER_WINDOW = 16;

  private static final int NEXT_SENTENCE_WINDOW = 4;

  /**
   * Tokens between an introducing verb and the comma or colon before the quote ("told reporters on
   * Monday:").
   */
  private static final int INTRODUCER_WINDOW = 5;

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
  private static final Set<String> DASHES = Set.of("-", "\u2015");

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  /**
   * The speaker phrase of the quote whose marks span {@code [start, end)}, reading attribution in
   * its gaps (an interruption or continuation), then in {@code [end, contextEnd)} and {@code
   * [contextStart, start)}, looking a few tokens into {@code [contextEnd, lineEnd)} when the
   * sentence ends at the quote; null when none is found. A partial quote prefers the speaker before
   * it ({@code Obama said the law "…"}).
   */
  String find(String body, QuoteSpan q) {
    String phrase = null;
    for (Quotation.Gap gap : q.gaps()) {
      phrase =
          phrase != null ? phrase : inRange(body, gap.start(), gap.end(), 0, Integer.MAX_VALUE);
    }
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
      if (after == null && body.substring(q.end(), lineEnd(body, q.end())).isBlank()) {
        // A quoted paragraph, then "- Bernie Sanders." on a line of its own.
        after = creditLine(body, nextLineStart(body, q.end()));
      }
      if (q.partial()) {
        // A name after the quote beats a pronoun before it ("He called it "…," Zelenskyy warned").
        boolean pronounBefore =
            before != null && PRONOUNS.contains(before.toLowerCase(java.util.Locale.ROOT));
        phrase =
            before != null && !(pronounBefore && after != null && !isPronoun(after))
                ? before
                : after;
      } else {
        // "Ruiz said, "…." Holm replied": the attribution right before the marks introduces them.
        String introducing = introducedBy(body, q.contextStart(), q.start());
        phrase = introducing != null ? introducing : after != null ? after : before;
      }
    }
    return phrase != null ? phrase : colonSpeaker(body, q.contextStart(), q.start());
  }

  private static boolean isPronoun(String phrase) {
    return PRONOUNS.contains(phrase.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The speaker of a verb of saying that ends the text right before the quote, followed by a comma
   * or colon ({@code Brafman said, "…"}, {@code Ruiz told reporters: "…"}), or null.
   */
  private String introducedBy(String body, int from, int start) {
    if (from >= start) {
      return null;
    }
    TokenView v =
        new TokenView(body, SentenceTokenizer.range(body, Math.max(from, start - 160), start));
    int last = v.size() - 1;
    if (last < 1 || !(v.norm(last).equals(",") || v.norm(last).equals(":"))) {
      return null;
    }
    for (int k = last - 1; k >= Math.max(0, last - INTRODUCER_WINDOW); k--) {
      if (v.endsSentence(k)) {
        return null;
      }
      if (SpeakerPhrases.isQuoteVerb(v, k)) {
        return speakerOf(v, k);
      }
    }
    return null;
  }

  /** What the finder needs to know about one quote; all offsets index the body. */
  record QuoteSpan(
      int contextStart,
      int start,
      List<Quotation.Gap> gaps,
      int end,
      int contextEnd,
      int lineEnd,
      boolean partial) {}

  private String inRange(String body, int from, int to, int minVerb, int maxVerb) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, to));
    for (int k = minVerb; k < v.size() && k <= maxVerb; k++) {
      if (v.endsSentence(k)) {
        return null;
      }
      String speaker = SpeakerPhrases.isQuoteVerb(v, k) ? speakerOf(v, k) : null;
      if (speaker == null && SpeakerPhrases.isQuoteVerb(v, k) && onlyPunctuationBefore(v, k)) {
        // '"…," fumed Harlan Voss': any verb of saying right after the marks may be inverted.
        speaker = phrases.after(v, k);
      }
      if (speaker != null) {
        return speaker;
      }
    }
    return null;
  }

  private static boolean onlyPunctuationBefore(TokenView v, int k) {
    for (int j = 0; j < k; j++) {
      if (!v.isPunct(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The speaker of the last verb of saying in {@code [from, to)}, the sentence before a bare quote
   * ({@code Ruiz said the plan had failed. "We lost a year."}), or null.
   */
  String inSentenceBefore(String body, int from, int to) {
    return lastInRange(body, from, to);
  }

  private String lastInRange(String body, int from, int to) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, to));
    for (int k = v.size() - 1; k >= 0; k--) {
      String speaker = SpeakerPhrases.isQuoteVerb(v, k) ? speakerOf(v, k) : null;
      if (speaker != null) {
        return speaker;
      }
    }
    return null;
  }

  /**
   * Who speaks through the verb at {@code k}: "it" right before it ({@code "…," it read}), the
   * phrase around it, or, when a long apposition separates them ({@code Alex Ruiz, a consultant who
   * once …, said}), the name that opens the clause.
   */
  private String speakerOf(TokenView v, int k) {
    if (v.norm(k - 1).equals("it") && v.isWord(k - 1)) {
      return v.text(k - 1, k - 1);
    }
    String speaker = phrases.around(v, k);
    if (speaker == null && v.norm(k - 1).equals(",")) {
      speaker = SpeakerPhrases.clauseSubject(v, k);
    }
    return speaker;
  }

  /**
   * {@code Bush: "…"}, {@code Pollster Ana Ruiz sees it differently: "…"}: with no verb of saying,
   * a quote after a colon is the words of the last name before the colon, or null.
   */
  private static String colonSpeaker(String body, int from, int start) {
    int colon = start - 1;
    while (colon >= from
        && (Character.isWhitespace(body.charAt(colon))
            || Character.isSpaceChar(body.charAt(colon)))) {
      colon--;
    }
    if (colon < from || body.charAt(colon) != ':') {
      return null;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, colon));
    return SpeakerPhrases.lastName(v);
  }

  /** {@code "…" ― Francisco Herrero}: a dash and a name right after the quote. */
  private static String dashCredit(String body, int from, int to) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, Math.min(to, from + 80)));
    if (v.size() < 2 || !DASHES.contains(v.norm(0)) || !v.isCapitalized(1)) {
      return null;
    }
    int end = 1;
    while (end + 1 < v.size() && v.isWord(end + 1) && v.isCapitalized(end + 1) && end < 4) {
      end++;
    }
    return v.text(1, end);
  }

  /**
   * The name of a short credit line at {@code start} ("- Bernie Sanders.", "-President Obama,
   * tweeting after the speech."): a dash, then a name of two or more words, or one word alone on
   * the line. A list item ("- Prices rose again.") is no credit: null.
   */
  private static String creditLine(String body, int start) {
    if (start < 0) {
      return null;
    }
    int end = lineEnd(body, start);
    String name = dashCredit(body, start, end);
    if (name == null || body.substring(start, end).split("\\s+").length > CREDIT_LINE_WORDS) {
      return null;
    }
    String rest = body.substring(body.indexOf(name, start) + name.length(), end).strip();
    return name.contains(" ") || rest.equals(".") || rest.isEmpty() ? name : null;
  }

  /** Most words on a credit line under a quote. */
  private static final int CREDIT_LINE_WORDS = 10;

  /** Where the next non-blank line after {@code from} starts, or -1. */
  private static int nextLineStart(String body, int from) {
    int k = from;
    while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
      k++;
    }
    return k < body.length() && body.substring(from, k).contains("\n") ? k : -1;
  }

  private static int lineEnd(String body, int from) {
    int nl = body.indexOf('\n', from);
    return nl < 0 ? body.length() : nl;
  }
}
