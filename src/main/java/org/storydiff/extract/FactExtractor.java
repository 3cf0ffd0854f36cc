package org.storydiff.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storydiff.model.Fact;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.SentenceTokenizer;

/**
 * The figures and direct quotes of one article, sorted by start offset (then end). Figure ids are
 * {@code <articleId>#f<n>} and quote ids {@code <articleId>#q<n>}, each numbered from 1 in body
 * order, so they are stable for a given body and sentence list. Offsets are UTF-16 indexes into the
 * body, end exclusive; {@code text} is exactly {@code body.substring(start, end)}. Boilerplate
 * sentences (datelines, captions, credits) yield no facts. Stateless and thread-safe.
 */
public final class FactExtractor {

  private final FigureExtractor figures = new FigureExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** Facts of a body whose sentences are not tokenized yet (tests, evaluations). */
  public List<Fact> extract(String articleId, String body, List<Sentence> sentences) {
    return extract(articleId, body, sentences, SentenceTokenizer.of(body, sentences));
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   */
  public List<Fact> extract(
      String articleId, String body, List<Sentence> sentences, SentenceTokens tokens) {
    return extract(articleId, body, sentences, tokens, null);
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   * @param language the article's language tag, which sets how figures and quote attributions are
   *     read (null: English)
   */
  public List<Fact> extract(
      String articleId,
      String body,
      List<Sentence> sentences,
      SentenceTokens tokens,
      String language) {
    List<Fact> facts =
        new ArrayList<>(figures.extract(articleId, body, sentences, tokens, language));
    facts.addAll(quotes.extract(articleId, body, sentences, tokens, language));
    facts.sort(
        Comparator.comparingInt(Fact::start)
            .thenComparingInt(Fact::end)
            .thenComparing(Fact::factId));
    return List.copyOf(facts);
  }
}
