package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.text.Tokenizer;

/**
 * Extracts the direct quotes of an article with their speakers (see {@link Quote}). A quote's span
 * runs from its first opening mark to its last closing mark, as UTF-16 offsets into the body, end
 * exclusive: one quote for a quotation over several sentences or paragraphs, and one for a quote
 * interrupted by its attribution ({@code "We will rebuild," he said, "and we will return."}), whose
 * {@code quote} joins the parts with a space. Scare quotes ({@code so-called 'peace'}, any lone
 * word) and titles of works ({@code the "American Pie" star}) are not quotes. Quotes that start in a
 * boilerplate sentence are skipped. Stateless and thread-safe.
 */
public final class QuoteExtractor {

  /** What may stand between the two halves of an interrupted quote: ", he said, ". */
  private static final Pattern INTERRUPTION =
      Pattern.compile("\\s*,?\\s*[^.!?\\n\"\u201C\u201D\u2018]{1,80}[,:]\\s*");
  private static final Pattern TITLE_WORDS = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019.-]*\\s*){1,3}");
  private static final Set<String> SCARE_CUES = Set.of("so-called", "dubbed", "termed", "branded");
  private static final Set<String> TWO_WORD_CUES = Set.of("as", "called", "described", "said", "says", "told");

  private final QuoteMarks marks = new QuoteMarks();
  private final SpeakerFinder speakers = new SpeakerFinder();

  /** A quotation after joining: its parts, and the interruption between them when there is one. */
  private record Candidate(List<QuoteMarks.Part> parts, int gapStart, int gapEnd) {
    int start() {
      return parts.get(0).start();
    }

    int end() {
      return parts.get(parts.size() - 1).end();
    }
  }

  /** Quotes in body order, numbered {@code <articleId>#q1}, {@code #q2}, ... */
  public List<Quote> extract(String articleId, String body, List<Sentence> sentences) {
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate c : joinInterrupted(body, marks.find(body))) {
      Sentence s = SentenceLookup.at(sentences, c.start());
      if (s != null && !s.isBoilerplate() && !isScareOrTitle(body, c)) {
        candidates.add(c);
      }
    }
    return withSpeakers(articleId, body, sentences, candidates);
  }

  private List<Quote> withSpeakers(String articleId, String body, List<Sentence> sentences, List<Candidate> candidates) {
    PersonIndex people = PersonIndex.build(body, sentences);
    List<Quote> quotes = new ArrayList<>();
    String previousSpeaker = null;
    int previousParagraph = -2;
    for (int n = 0; n < candidates.size(); n++) {
      Candidate c = candidates.get(n);
      Sentence first = SentenceLookup.at(sentences, c.start());
      Sentence last = SentenceLookup.at(sentences, c.end() - 1);
      int contextStart = Math.max(first.start(), n > 0 ? candidates.get(n - 1).end() : 0);
      int contextEnd = Math.max(c.end(), Math.min(last.end(), n + 1 < candidates.size() ? candidates.get(n + 1).start() : body.length()));
      String words = words(body, c);
      boolean partial = !words.isEmpty() && Character.isLowerCase(words.codePointAt(0));
      int nextStart = n + 1 < candidates.size() ? candidates.get(n + 1).start() : body.length();
      int newline = body.indexOf('\n', c.end());
      int lineEnd = Math.max(contextEnd, Math.min(nextStart, newline < 0 ? body.length() : newline));
      var span = new SpeakerFinder.QuoteSpan(
          contextStart, c.start(), c.gapStart(), c.gapEnd(), c.end(), contextEnd, lineEnd, partial);
      String speaker = speakers.find(body, span, people);
      if (speaker == null && first.paragraph() - previousParagraph <= 1) {
        speaker = previousSpeaker;
      }
      quotes.add(new Quote(articleId + "#q" + (n + 1), first.index(), c.start(), c.end(),
          body.substring(c.start(), c.end()), words, speaker));
      previousSpeaker = speaker;
      previousParagraph = last.paragraph();
    }
    return quotes;
  }

  private static List<Candidate> joinInterrupted(String body, List<QuoteMarks.Marked> found) {
    List<Candidate> out = new ArrayList<>();
    for (QuoteMarks.Marked m : found) {
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.gapStart() == prev.gapEnd() && isInterruption(body, prev, m)) {
        List<QuoteMarks.Part> parts = new ArrayList<>(prev.parts());
        parts.addAll(m.parts());
        out.set(out.size() - 1, new Candidate(List.copyOf(parts), prev.end(), m.start()));
      } else {
        out.add(new Candidate(m.parts(), m.start(), m.start()));
      }
    }
    return out;
  }

  /** {@code "…," he said, "…"}: a comma closes the first half and a verb of saying sits between. */
  private static boolean isInterruption(String body, Candidate first, QuoteMarks.Marked second) {
    String gap = body.substring(first.end(), second.start());
    QuoteMarks.Part last = first.parts().get(first.parts().size() - 1);
    String inner = body.substring(last.innerStart(), last.innerEnd()).strip();
    boolean commaBefore = inner.endsWith(",") || gap.strip().startsWith(",");
    if (!commaBefore || !INTERRUPTION.matcher(gap).matches()) {
      return false;
    }
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, first.end(), second.start()));
    for (int k = 0; k < v.size(); k++) {
      if (SpeakerPhrases.isVerb(v, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScareOrTitle(String body, Candidate c) {
    if (c.parts().size() > 1) {
      return false;
    }
    String words = words(body, c);
    int count = words.isBlank() ? 0 : words.split("\\s+").length;
    if (count > 3) {
      return false;
    }
    if (TITLE_WORDS.matcher(words).matches() && !words.matches(".*[.!?,]$")) {
      return true;
    }
    String cue = lastWordBefore(body, c.start());
    return count <= 1 || SCARE_CUES.contains(cue) || (count == 2 && !TWO_WORD_CUES.contains(cue) && !nearCue(body, c.start()));
  }

  /** A verb of saying among the six words before a two-word quote ("described it as"). */
  private static boolean nearCue(String body, int start) {
    int from = Math.max(0, start - 60);
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, from, start));
    for (int k = Math.max(0, v.size() - 6); k < v.size(); k++) {
      if (SpeakerPhrases.isVerb(v, k) || TWO_WORD_CUES.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWordBefore(String body, int start) {
    TokenView v = new TokenView(body, Tokenizer.INSTANCE.tokenize(body, Math.max(0, start - 30), start));
    return v.size() == 0 ? "" : v.norm(v.size() - 1);
  }

  /** The quoted words without marks, paragraphs and interrupted halves joined by a space. */
  private static String words(String body, Candidate c) {
    StringBuilder out = new StringBuilder();
    for (QuoteMarks.Part p : c.parts()) {
      String part = body.substring(p.innerStart(), p.innerEnd()).strip();
      if (!part.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(part);
      }
    }
    String joined = out.toString();
    return joined.endsWith(",") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
