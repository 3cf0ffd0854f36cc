package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.model.Token;
import org.storydiff.text.QuoteMarks;
import org.storydiff.text.SentenceTokenizer;

/**
 * Joins marked quotations that are one quotation to the reader: the halves of a quote interrupted
 * by its attribution ({@code "We will rebuild," he said, "and we will return."}) and a quote that
 * goes on after its attribution sentence ({@code "We will rebuild," he said. "It will take
 * years."}): one quote fact, as news-quote corpora annotate it (PolNeAR spans the whole quotation;
 * splitting the passages cost 0.12 direct-quote F1 there). The second piece is not joined when it
 * has an attribution of its own ({@code "…," he said. "…," she replied.}), when the attribution
 * starts a new sentence ({@code "…." He added: "…"}) or when the gap holds more than the
 * attribution (another sentence, a paragraph break). Stateless and thread-safe.
 */
final class QuoteJoiner {

  /** Longest attribution between two pieces, in characters ("said X, a … at the … in London,"). */
  private static final int MAX_GAP = 260;

  /** The attribution's verb must come early in the gap: "he said", "said Ana Ruiz, a nurse". */
  private static final int VERB_WITHIN = 25;

  /** Tokens after a piece in which an attribution of its own would sit ("…," she added). */
  private static final int OWN_ATTRIBUTION_WITHIN = 8;

  private static final Set<String> PRONOUNS = Set.of("He", "She", "They", "It", "We", "I");
  private static final Pattern GAP_END = Pattern.compile("(?s).*[.,]\\s*");

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  List<Quotation> join(String body, List<QuoteMarks.Marked> found) {
    List<Quotation> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      QuoteMarks.Marked m = found.get(i);
      Quotation prev = out.isEmpty() ? null : out.get(out.size() - 1);
      int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : body.length();
      if (prev != null && joins(body, prev, null, m, nextStart)) {
        out.set(out.size() - 1, joined(prev, m));
      } else if (prev != null
          && i + 1 < found.size()
          && isTitle(body, m)
          && joins(
              body,
              prev,
              m,
              found.get(i + 1),
              i + 2 < found.size() ? found.get(i + 2).start() : body.length())) {
        // "…," Perez said on NBC's "Meet the Press." "…": the show's name sits inside the
        // attribution.
        out.set(out.size() - 1, joined(prev, found.get(i + 1)));
        i++;
      } else {
        out.add(Quotation.of(m));
      }
    }
    return out;
  }

  private static Quotation joined(Quotation first, QuoteMarks.Marked second) {
    List<QuoteMarks.Part> parts = new ArrayList<>(first.parts());
    parts.addAll(second.parts());
    List<Quotation.Gap> gaps = new ArrayList<>(first.gaps());
    gaps.add(new Quotation.Gap(first.end(), second.start()));
    return new Quotation(parts, gaps);
  }

  /**
   * Whether {@code second} continues {@code first}; {@code title}, when not null, is a quoted name
   * inside the gap between them, read as plain words.
   */
  private boolean joins(
      String body,
      Quotation first,
      QuoteMarks.Marked title,
      QuoteMarks.Marked second,
      int afterSecondLimit) {
    int gapStart = first.end();
    int gapEnd = second.start();
    if (gapEnd - gapStart > MAX_GAP || body.substring(gapStart, gapEnd).contains("\n\n")) {
      return false;
    }
    if (QuoteClassifier.roleByPosition(body, first.start()) != QuoteRole.DIRECT) {
      return false; // "called it "a disgrace," Ruiz said, "…"": a partial quote does not open a
      // quotation
    }
    String gap =
        title == null
            ? body.substring(gapStart, gapEnd)
            : body.substring(gapStart, title.start())
                + inner(body, title)
                + body.substring(title.end(), gapEnd);
    if (!GAP_END.matcher(gap).matches() || !continuesSentence(body, first, gap)) {
      return false;
    }
    List<Token> tokens = new ArrayList<>();
    if (title == null) {
      tokens.addAll(SentenceTokenizer.range(body, gapStart, gapEnd));
    } else {
      QuoteMarks.Part p = title.parts().get(0);
      tokens.addAll(SentenceTokenizer.range(body, gapStart, title.start()));
      tokens.addAll(SentenceTokenizer.range(body, p.innerStart(), p.innerEnd()));
      tokens.addAll(SentenceTokenizer.range(body, title.end(), gapEnd));
    }
    return isOneAttribution(new TokenView(body, tokens))
        && !hasOwnAttribution(body, second, afterSecondLimit);
  }

  /** A short quoted name such as a show or a book, in one piece. */
  private static boolean isTitle(String body, QuoteMarks.Marked m) {
    return m.parts().size() == 1 && QuoteTitles.looksLikeTitle(inner(body, m));
  }

  private static String inner(String body, QuoteMarks.Marked m) {
    QuoteMarks.Part p = m.parts().get(0);
    return body.substring(p.innerStart(), p.innerEnd()).strip();
  }

  /**
   * The first piece's sentence runs on into the gap, unless the piece closes with a full stop and
   * the gap starts with a capital ({@code "…." Ruiz added, "…"}), or closes with any sentence end
   * and the gap starts with a capitalized pronoun ({@code "…?" He answered, "…"}).
   */
  private static boolean continuesSentence(String body, Quotation first, String gap) {
    QuoteMarks.Part last = first.lastPart();
    String inner = body.substring(last.innerStart(), last.innerEnd()).strip();
    String g = gap.strip();
    if (g.startsWith(",") || g.isEmpty()) {
      return true;
    }
    boolean upper = Character.isUpperCase(g.codePointAt(0));
    boolean fullStop = inner.endsWith(".") || inner.endsWith("\u2026");
    boolean sentenceEnd = fullStop || inner.endsWith("?") || inner.endsWith("!");
    String firstWord = g.split("[\\s,]+", 2)[0];
    return !(fullStop && upper) && !(sentenceEnd && PRONOUNS.contains(firstWord));
  }

  /**
   * The gap is one clause holding a verb of saying with its speaker, ending where the gap ends. A
   * gap that ends in a second verb of saying ({@code she said, adding, "…"}) introduces a new
   * statement.
   */
  private boolean isOneAttribution(TokenView v) {
    boolean attributed = false;
    int verbs = 0;
    int lastWord = -1;
    int lastVerb = -1;
    for (int k = 0; k < v.size(); k++) {
      if (v.endsSentence(k) && k < v.size() - 1) {
        return false;
      }
      lastWord = v.isWord(k) ? k : lastWord;
      if (SpeakerPhrases.isQuoteVerb(v, k)) {
        verbs++;
        lastVerb = k;
        attributed |= k <= VERB_WITHIN && phrases.around(v, k) != null;
      }
    }
    return attributed && !(verbs > 1 && lastVerb == lastWord);
  }

  /** A verb of saying right after the piece, before its sentence ends: it has its own speaker. */
  private static boolean hasOwnAttribution(String body, QuoteMarks.Marked piece, int limit) {
    QuoteMarks.Part last = piece.parts().get(piece.parts().size() - 1);
    if (body.substring(last.innerStart(), last.innerEnd()).strip().endsWith(".")) {
      return false; // what follows "… ." is a new sentence, not this piece's attribution
    }
    int newline = body.indexOf('\n', piece.end());
    int to = Math.min(Math.min(limit, piece.end() + 120), newline < 0 ? body.length() : newline);
    TokenView v =
        new TokenView(body, SentenceTokenizer.range(body, piece.end(), Math.max(piece.end(), to)));
    for (int k = 0; k < v.size() && k < OWN_ATTRIBUTION_WITHIN; k++) {
      if (v.endsSentence(k)) {
        return false;
      }
      if (SpeakerPhrases.isQuoteVerb(v, k)) {
        return true;
      }
    }
    return false;
  }
}
