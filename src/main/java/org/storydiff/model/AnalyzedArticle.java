package org.storydiff.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An article with its sentences, their tokens and the facts extracted from it, computed once per
 * article by analysis; every later stage reads these and derives nothing from the text again.
 *
 * @param tokens the tokens of {@code sentences}, sentence {@code k} of the list being token
 *     sentence {@code k}; offsets into the body
 * @param titleTokens the tokens of the title as one sentence, offsets into the title; no tokens
 *     when the article has no title
 */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    SentenceTokens tokens,
    SentenceTokens titleTokens,
    List<Fact> facts)
    implements Serializable {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(titleTokens, "titleTokens");
    sentences = List.copyOf(sentences);
    facts = List.copyOf(facts);
    if (tokens.sentences() != sentences.size()) {
      throw new IllegalArgumentException(
          "tokens of " + tokens.sentences() + " sentences for " + sentences.size() + " sentences");
    }
  }

  public String id() {
    return article.id();
  }

  public String body() {
    return article.body();
  }

  public String sentenceText(int index) {
    return sentences.get(index).text(article.body());
  }
}
