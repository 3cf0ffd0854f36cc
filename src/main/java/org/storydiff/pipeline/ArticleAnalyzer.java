package org.storydiff.pipeline;

import java.util.List;
import java.util.Locale;
import org.storydiff.extract.FactExtractor;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.SentenceSplitter;
import org.storydiff.text.SentenceTokenizer;

/**
 * Sentence splitting, tokenization and fact extraction for one article, done once and carried
 * through the job. Not thread-safe (the splitter holds an ICU iterator): use one instance per
 * thread or partition.
 */
public final class ArticleAnalyzer {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final FactExtractor extractor = new FactExtractor();
  private final int maxSentences;

  /** With the default sentence limit. */
  public ArticleAnalyzer() {
    this(PipelineLimits.MAX_SENTENCES_DEFAULT);
  }

  /**
   * @param maxSentences articles with more sentences are not analyzed by {@link #analyzeWithin}
   */
  public ArticleAnalyzer(int maxSentences) {
    this.maxSentences = maxSentences;
  }

  /** Analyzes an article whatever its length. */
  public AnalyzedArticle analyze(Article article) {
    return analyze(article, splitter.split(article.body(), article.language()));
  }

  /**
   * Analyzes an article within the sentence limit. An article over it is not extracted (that is the
   * cost the limit bounds): the result says why instead.
   */
  public ArticleAnalysis analyzeWithin(Article article) {
    List<Sentence> sentences = splitter.split(article.body(), article.language());
    if (sentences.size() > maxSentences) {
      return new ArticleAnalysis.NotAnalyzed(
          String.format(
              Locale.ROOT,
              "body has %d sentences; the limit is %d (--max-sentences)",
              sentences.size(),
              maxSentences));
    }
    return new ArticleAnalysis.Done(analyze(article, sentences));
  }

  private AnalyzedArticle analyze(Article article, List<Sentence> sentences) {
    SentenceTokens tokens = SentenceTokenizer.of(article.body(), sentences, article.language());
    SentenceTokens titleTokens =
        SentenceTokenizer.ofText(
            article.title() == null ? "" : article.title(), article.language());
    return new AnalyzedArticle(
        article,
        sentences,
        tokens,
        titleTokens,
        extractor.extract(article.id(), article.body(), sentences, tokens, article.language()));
  }
}
