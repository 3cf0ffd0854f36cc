package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.QuoteMarks;
import org.storydiff.text.SentenceTokenizer;

/**
 * Extracts the quotes of an article with their speakers (see {@link Quote}). A quote's span runs
 * from its first opening mark to its last closing mark, as UTF-16 offsets into the body, end
 * exclusive: one quote for a quotation over several sentences or paragraphs, one for a quote
 * interrupted or continued after its attribution ({@link QuoteJoiner}). Each is direct or partial
 * ({@link QuoteClassifier}); scare quotes and titles of works are not quotes. Quotes that start in
 * a boilerplate sentence are skipped. Stateless and thread-safe.
 */
public final class QuoteExtractor {

  private final QuoteMarks marks = new QuoteMarks();
  private final QuoteJoiner joiner = new QuoteJoiner();
  private final QuoteClassifier classifier = new QuoteClassifier();
  private final SpeakerFinder speakers = new SpeakerFinder();

  /** ", a senior negotiator," or ", 44," after a name. */
  private static final Pattern APPOSITION =
      Pattern.compile("(?:['\u2019]s)?,\\s+(?:an?\\s|the\\s|\\d+,|\\p{Ll}|who\\s)");

  /** A quotation kept as a quote, with its role. */
  private record Candidate(Quotation quotation, QuoteRole role) {
    int start() {
      return quotation.start();
    }

    int end() {
      return quotation.end();
    }
  }

  /** Quotes in body order, numbered {@code <articleId>#q1}, {@code #q2}, ... */
  public List<Quote> extract(String articleId, String body, List<Sentence> sentences) {
    return extract(articleId, body, sentences, SentenceTokenizer.of(body, sentences));
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   */
  public List<Quote> extract(
      String articleId, String body, List<Sentence> sentences, SentenceTokens tokens) {
    return extract(articleId, body, sentences, tokens, null);
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   * @param language the article's language: German, French and Spanish attributions are read by
   *     {@link LocalAttribution}, any other language's by the English rules
   */
  public List<Quote> extract(
      String articleId,
      String body,
      List<Sentence> sentences,
      SentenceTokens tokens,
      String language) {
    LocalAttribution local = LocalAttribution.of(language);
    List<Candidate> candidates = new ArrayList<>();
    for (Quotation q : joiner.join(body, marks.find(body))) {
      Sentence s = SentenceLookup.at(sentences, q.start());
      boolean body0 = s != null && !s.isBoilerplate() && s.kind() != SentenceKind.HEADLINE;
      QuoteRole role =
          body0
              ? classifier.classify(body, q, local != null)
              : null; // headlines and captions: no body quotes
      if (role != null) {
        candidates.add(new Candidate(q, role));
      }
    }
    return withSpeakers(articleId, body, sentences, tokens, candidates, local);
  }

  private List<Quote> withSpeakers(
      String articleId,
      String body,
      List<Sentence> sentences,
      SentenceTokens tokens,
      List<Candidate> candidates,
      LocalAttribution local) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    PersonIndex people =
        PersonIndex.build(
            body,
            sentences,
            tokens,
            candidates.stream().map(c -> new int[] {c.start(), c.end()}).toList());
    Map<String, String> acronyms = SpeakerVariants.acronyms(body);
    List<Quote> quotes = new ArrayList<>();
    Speaker previous = null;
    int previousParagraph = -2;
    int previousSpeakerEnd = 0;
    for (int n = 0; n < candidates.size(); n++) {
      Candidate c = candidates.get(n);
      Sentence first = SentenceLookup.at(sentences, c.start());
      Sentence last = SentenceLookup.at(sentences, c.end() - 1);
      boolean partial = c.role() == QuoteRole.PARTIAL;
      SpeakerFinder.QuoteSpan span = span(body, sentences, candidates, n, first, last);
      Speaker speaker =
          local != null
              ? local.find(body, span, previous)
              : SpeakerResolver.resolve(speakers.find(body, span), c.start(), people, acronyms);
      if (local == null
          && speaker != null
          && Speaker.EXPLICIT.equals(speaker.how())
          && isApposition(body, span, speaker.mention())) {
        speaker = speaker.withHow(Speaker.APPOSITION);
      }
      if (speaker == null && !partial && local == null) {
        int previousEnd = n > 0 ? candidates.get(n - 1).end() : 0;
        speaker =
            fromSentenceBefore(body, sentences, first, c.start(), previousEnd, people, acronyms);
      }
      if (speaker == null
          && !partial
          && first.paragraph() - previousParagraph <= 1
          && (previous == null
              || !people.namesOtherThan(previousSpeakerEnd, c.start(), previous.name()))) {
        speaker = previous;
      }
      String words = c.quotation().words(body);
      String factId = articleId + "#q" + (n + 1);
      quotes.add(
          new Quote(
              factId,
              first.index(),
              c.start(),
              c.end(),
              body.substring(c.start(), c.end()),
              words,
              speaker == null ? null : speaker.display(),
              speaker == null ? null : speaker.mention(),
              speaker == null ? null : speaker.name(),
              partial,
              speaker == null ? null : speaker.type(),
              speaker == null ? "none" : speaker.how(),
              c.quotation().passages(body, factId)));
      if (!partial) {
        previous = speaker;
        previousParagraph = last.paragraph();
        previousSpeakerEnd = c.end();
      }
    }
    return quotes;
  }

  /**
   * The speaker of a bare quote (it opens its sentence, and nothing in its sentences attributes it)
   * named by a verb of saying in the sentence right before, in its paragraph or the one before
   * ({@code Ruiz said the plan had failed.} then {@code "We lost a year."}), or null. The sentence
   * before must hold no part of an earlier quote, whose own speaker is carried instead.
   */
  private Speaker fromSentenceBefore(
      String body,
      List<Sentence> sentences,
      Sentence first,
      int quoteStart,
      int previousQuoteEnd,
      PersonIndex people,
      Map<String, String> acronyms) {
    if (first.index() == 0 || first.start() != quoteStart) {
      return null;
    }
    Sentence before = sentences.get(first.index() - 1);
    if (before.isBoilerplate()
        || before.kind() == SentenceKind.HEADLINE
        || before.paragraph() < first.paragraph() - 1
        || before.start() < previousQuoteEnd) {
      return null;
    }
    Speaker s =
        SpeakerResolver.resolve(
            speakers.inSentenceBefore(body, before.start(), before.end()),
            before.start(),
            people,
            acronyms);
    if (s == null || s.name() == null) {
      return null;
    }
    return Speaker.PRONOUN.equals(s.how()) ? s : s.withHow(Speaker.ADJACENT);
  }

  /** "Name, a description, said" around the quote: the name was read through its apposition. */
  private static boolean isApposition(String body, SpeakerFinder.QuoteSpan span, String mention) {
    int from = span.contextStart();
    int to = Math.min(body.length(), span.lineEnd());
    int at = body.indexOf(mention, from);
    while (at >= 0 && at < to) {
      if (APPOSITION.matcher(body).region(at + mention.length(), to).lookingAt()) {
        return true;
      }
      at = body.indexOf(mention, at + 1);
    }
    return false;
  }

  /**
   * Where the attribution of candidate {@code n} may be: its sentences, up to the neighbouring
   * quotes.
   */
  private static SpeakerFinder.QuoteSpan span(
      String body,
      List<Sentence> sentences,
      List<Candidate> candidates,
      int n,
      Sentence first,
      Sentence last) {
    Candidate c = candidates.get(n);
    int sentenceStart =
        introducedAbove(body, sentences, first, c.start())
            ? sentences.get(first.index() - 1).start()
            : first.start();
    int contextStart = Math.max(sentenceStart, n > 0 ? candidates.get(n - 1).end() : 0);
    int nextStart = n + 1 < candidates.size() ? candidates.get(n + 1).start() : body.length();
    int contextEnd = Math.max(c.end(), Math.min(last.end(), nextStart));
    int newline = body.indexOf('\n', c.end());
    int lineEnd = Math.max(contextEnd, Math.min(nextStart, newline < 0 ? body.length() : newline));
    return new SpeakerFinder.QuoteSpan(
        contextStart,
        c.start(),
        c.quotation().gaps(),
        c.end(),
        contextEnd,
        lineEnd,
        c.role() == QuoteRole.PARTIAL);
  }

  /**
   * {@code Ruiz told the crowd:} ending the sentence before, with only a line break before the
   * quote.
   */
  private static boolean introducedAbove(
      String body, List<Sentence> sentences, Sentence first, int quoteStart) {
    if (first.index() == 0 || first.start() != quoteStart) {
      return false;
    }
    Sentence previous = sentences.get(first.index() - 1);
    return previous.end() > previous.start()
        && body.charAt(previous.end() - 1) == ':'
        && body.substring(previous.end(), quoteStart).isBlank();
  }

  /**
   * True when {@code norm}, a lower-case word, is a verb of saying or of reporting ("said", "told",
   * "estimated"): the one list the speaker and source readers use, for readers elsewhere that must
   * stop at an attribution.
   */
  public static boolean isVerbOfSaying(String norm) {
    return SpeakerPhrases.VERBS.contains(norm);
  }
}
