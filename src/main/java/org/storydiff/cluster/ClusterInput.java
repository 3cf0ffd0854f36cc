package org.storydiff.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.SentenceTokenizer;

/**
 * An article with its sentences and their tokens (offsets into its body) and its title's tokens, as
 * {@link LocalStoryClusterer} takes it.
 */
public record ClusterInput(
    Article article, List<Sentence> sentences, SentenceTokens tokens, SentenceTokens titleTokens)
    implements Serializable {

  public ClusterInput {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(titleTokens, "titleTokens");
  }

  /** The clustering input of an analysed article: what analysis made, nothing derived again. */
  public static ClusterInput of(AnalyzedArticle a) {
    return new ClusterInput(a.article(), a.sentences(), a.tokens(), a.titleTokens());
  }

  /**
   * For runs that cluster without extracting facts (clustering evaluations and benchmarks): the
   * tokenization step of analysis, on sentences already split.
   */
  public static ClusterInput analyze(Article article, List<Sentence> sentences) {
    return new ClusterInput(
        article,
        sentences,
        SentenceTokenizer.of(article.body(), sentences, article.language()),
        SentenceTokenizer.ofText(
            article.title() == null ? "" : article.title(), article.language()));
  }
}
