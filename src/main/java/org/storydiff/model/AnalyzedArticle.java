package org.storydiff.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** An article with its sentences and the facts extracted from it, computed once per article. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Fact> facts)
    implements Serializable {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    facts = List.copyOf(facts);
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
