package org.storydiff.pipeline;

import org.storydiff.extract.FactExtractor;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.text.SentenceSplitter;

import java.util.List;

/**
 * Sentence splitting and fact extraction for one article, done once and carried through the job.
 * Not thread-safe (the splitter holds an ICU iterator): use one instance per thread or partition.
 */
public final class ArticleAnalyzer {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final FactExtractor extractor = new FactExtractor();

  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = splitter.split(article.body());
    return new AnalyzedArticle(article, sentences, extractor.extract(article.id(), article.body(), sentences));
  }
}
