package org.storydiff.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.text.QuoteMarks;
import org.storydiff.text.SentenceTokenizer;

/**
 * Tells direct quotes from partial ones by where the first opening mark stands (see {@link
 * QuoteRole}), and scare quotes and titles from both: one quoted word, two words that no verb of
 * saying introduces ({@code the "emergency meeting" held}), a short run of capitalized words
 * without closing punctuation ({@code the "American Pie" star}), or words after "so-called".
 * Stateless and thread-safe.
 */
final class QuoteClassifier {

  /** Verbs that may introduce quoted words with nothing between ({@code he yelled "You lie!"}). */
  private static final Set<String> INTRODUCING =
      Set.of(
          "chanted",
          "chanting",
          "chant",
          "chants",
          "yelled",
          "yelling",
          "shouted",
          "shouting",
          "screamed",
          "cried",
          "read",
          "reads",
          "reading",
          "wrote",
          "writes",
          "writing",
          "tweeted",
          "tweeting",
          "posted",
          "saying",
          "said",
          "says",
          "say",
          "asked",
          "asks",
          "asking",
          "added",
          "adding",
          "replied",
          "declared",
          "declares",
          "answered",
          "responded",
          "insisted",
          "quipped",
          "joked",
          "exclaimed",
          "concluded",
          "continued",
          "sang",
          "tweets",
          "states",
          "stated",
          "stating",
          "interjected",
          "interjecting",
          "announcing",
          "proclaimed",
          "proclaiming",
          "remarking",
          "replying",
          "responding",
          "explaining");

  /** Objects that may stand between such a verb and the quote ({@code told reporters "…"}). */
  private static final Set<String> ADDRESSEES =
      Set.of("him", "her", "them", "me", "us", "reporters", "you");

  /**
   * Verbs that name or describe rather than report speech ({@code calling him "a total stiff"}).
   */
  private static final Set<String> NAMING =
      Set.of(
          "call",
          "calls",
          "called",
          "calling",
          "describe",
          "describes",
          "described",
          "describing",
          "dubbed",
          "labeled",
          "labelled",
          "branded",
          "named",
          "deemed",
          "considers",
          "considered");

  /**
   * First words that make quoted words the rest of the reporter's clause ({@code added "is
   * regrettable"}).
   */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "must", "will", "would", "can", "could",
          "should", "may", "might", "does", "did", "do", "remains", "been", "be", "being");

  private static final Set<String> SCARE_CUES = Set.of("so-called", "dubbed", "termed", "branded");

  /**
   * Words before a two-word quote that make it someone's words ({@code described it as "simply
   * immense"}).
   */
  private static final Set<String> TWO_WORD_CUES =
      Set.of("as", "called", "described", "said", "says", "told");

  private static final Pattern PUNCTUATED = Pattern.compile("(?s).*[.!?,\u2026]$");

  private static final Pattern TITLE_WORDS =
      Pattern.compile("(\\p{Lu}[\\p{L}'\u2019.-]*\\s*){1,3}");

  /** How many tokens before a comma a verb of saying may be ({@code said in a statement, "…"}). */
  private static final int VERB_BEFORE_COMMA = 12;

  private static final String CLOSERS = "\"\u201D\u2019')";

  /** The role of a quotation, or null when its marks do not make it a quote. */
  QuoteRole classify(String body, Quotation q) {
    return classify(body, q, false);
  }

  /**
   * @param commaOutsideMarks true for copy that sets the comma after a quote outside its marks
   *     (German, French, Spanish: {@code «Seguimos trabajando», añadió}): a short quote opening its
   *     sentence and followed by that comma is an utterance, not a scare quote
   */
  QuoteRole classify(String body, Quotation q, boolean commaOutsideMarks) {
    QuoteRole role = roleByPosition(body, q.start());
    if (role == QuoteRole.DIRECT && followsWord(body, q.start()) && embedded(body, q)) {
      role = QuoteRole.PARTIAL;
    }
    if (commaOutsideMarks
        && role == QuoteRole.DIRECT
        && q.parts().size() == 1
        && q.wordCount(body) >= 2
        && commaAfter(body, q.end())) {
      return role;
    }
    return isScareOrTitle(body, q, role) ? null : role;
  }

  private static boolean commaAfter(String body, int end) {
    int i = end;
    while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\u00A0')) {
      i++;
    }
    return i < body.length() && body.charAt(i) == ',';
  }

  /**
   * After a verb, quoted words that continue the reporter's clause rather than open an utterance:
   * they start with an auxiliary ({@code which he added "is deeply regrettable"}), or the sentence
   * runs on after an unpunctuated closing mark ({@code said "most people" can't be trusted}).
   */
  private static boolean embedded(String body, Quotation q) {
    TokenView inside =
        new TokenView(
            body,
            SentenceTokenizer.range(
                body,
                q.parts().get(0).innerStart(),
                Math.min(q.parts().get(0).innerEnd(), q.parts().get(0).innerStart() + 40)));
    if (inside.isWord(0) && !inside.isCapitalized(0) && AUXILIARIES.contains(inside.norm(0))) {
      return true;
    }
    QuoteMarks.Part last = q.lastPart();
    String inner = body.substring(last.innerStart(), last.innerEnd()).strip();
    if (inner.isEmpty() || ".,!?;:\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    int i = q.end();
    while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\u00A0')) {
      i++;
    }
    return i < body.length() && Character.isLowerCase(body.codePointAt(i));
  }

  /**
   * The opening mark at {@code open} comes right after a word, not after punctuation or a line
   * start.
   */
  private static boolean followsWord(String body, int open) {
    int i = open - 1;
    while (i >= 0
        && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\u00A0')) {
      i--;
    }
    return i >= 0 && Character.isLetterOrDigit(body.charAt(i));
  }

  /**
   * The role the position of an opening mark at {@code open} gives, before length is considered.
   */
  static QuoteRole roleByPosition(String body, int open) {
    int i = open - 1;
    while (i >= 0
        && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\u00A0')) {
      i--;
    }
    if (i < 0) {
      return QuoteRole.DIRECT;
    }
    char c = body.charAt(i);
    if (c == '\n' || c == '\r' || c == ':' || isSentenceEnd(c)) {
      return QuoteRole.DIRECT;
    }
    if (CLOSERS.indexOf(c) >= 0 && i > 0 && isSentenceEnd(body.charAt(i - 1))) {
      return QuoteRole.DIRECT;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, Math.max(0, i - 80), i + 1));
    int last = v.size() - 1;
    if (c == ',') {
      return verbBefore(v, last) ? QuoteRole.DIRECT : QuoteRole.PARTIAL;
    }
    if (v.isWord(last) && introduces(v, last)) {
      return QuoteRole.DIRECT;
    }
    boolean saying =
        (SpeakerPhrases.isQuoteVerb(v, last - 1) || introduces(v, last - 1))
            && !NAMING.contains(v.norm(last - 1));
    if (v.isWord(last) && ADDRESSEES.contains(v.norm(last)) && saying) {
      return QuoteRole.DIRECT;
    }
    return QuoteRole.PARTIAL;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean introduces(TokenView v, int k) {
    return v.isWord(k) && INTRODUCING.contains(v.norm(k));
  }

  /** A verb of saying among the few tokens before the comma at {@code comma}, in its sentence. */
  private static boolean verbBefore(TokenView v, int comma) {
    for (int k = comma - 1; k >= 0 && k >= comma - VERB_BEFORE_COMMA; k--) {
      if (v.endsSentence(k) || v.norm(k).equals("\"")) {
        return false;
      }
      if (SpeakerPhrases.isQuoteVerb(v, k) || introduces(v, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScareOrTitle(String body, Quotation q, QuoteRole role) {
    if (q.parts().size() > 1) {
      return false;
    }
    String words = q.words(body);
    int count = q.wordCount(body);
    QuoteMarks.Part only = q.parts().get(0);
    boolean punctuated =
        PUNCTUATED.matcher(body.substring(only.innerStart(), only.innerEnd()).strip()).matches();
    if (!punctuated
        && (TITLE_WORDS.matcher(words).matches() || QuoteTitles.looksLikeTitle(words))) {
      return true;
    }
    if (count > 3) {
      return false;
    }
    if (role == QuoteRole.DIRECT) {
      // A short direct quote must read as an utterance ("Absolutely not," he said), not a name.
      return count <= 2 && !punctuated;
    }
    String cue = lastWordBefore(body, q.start());
    return count <= 1
        || SCARE_CUES.contains(cue)
        || (count == 2 && !TWO_WORD_CUES.contains(cue) && !nearCue(body, q.start()));
  }

  /** A verb of saying among the six words before a two-word quote ("described it as"). */
  private static boolean nearCue(String body, int start) {
    int from = Math.max(0, start - 60);
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, start));
    for (int k = Math.max(0, v.size() - 6); k < v.size(); k++) {
      if (SpeakerPhrases.isQuoteVerb(v, k) || TWO_WORD_CUES.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWordBefore(String body, int start) {
    TokenView v =
        new TokenView(body, SentenceTokenizer.range(body, Math.max(0, start - 30), start));
    return v.size() == 0 || !v.isWord(v.size() - 1) ? "" : v.norm(v.size() - 1);
  }
}
