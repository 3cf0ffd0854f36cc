package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.pipeline.ArticleAnalyzer;

/** Sentence splitting and fact extraction, one analyzer per partition (analyzers are not thread-safe). */
final class AnalyzeArticles {

  private AnalyzeArticles() {}

  static JavaRDD<AnalyzedArticle> apply(JavaRDD<Article> articles) {
    return articles.mapPartitions(AnalyzeArticles::analyze);
  }

  private static Iterator<AnalyzedArticle> analyze(Iterator<Article> articles) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<AnalyzedArticle> out = new ArrayList<>();
    articles.forEachRemaining(a -> out.add(analyzer.analyze(a)));
    return out.iterator();
  }
}
