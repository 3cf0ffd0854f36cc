package org.storydiff.spark;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Rejection;
import org.storydiff.pipeline.ArticleAnalysis;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.FailSafe;

/**
 * Sentence splitting and fact extraction, one analyzer per partition (analyzers are not
 * thread-safe). An article over the sentence limit becomes a rejection naming its input line.
 */
final class AnalyzeArticles {

  /** One analyzed article or one rejection: exactly one is non-null. */
  record Row(AnalyzedArticle article, Rejection rejection) implements Serializable {}

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeArticles.class);

  private AnalyzeArticles() {}

  static JavaRDD<Row> apply(JavaRDD<IngestOutcome.Accepted> articles, int maxSentences) {
    return articles.mapPartitions(partition -> analyze(partition, maxSentences));
  }

  /** Lazily, one article at a time: a partition's analysed articles never all sit in memory. */
  private static Iterator<Row> analyze(
      Iterator<IngestOutcome.Accepted> articles, int maxSentences) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(maxSentences);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        IngestOutcome.Accepted a = articles.next();
        ArticleAnalysis analysis = FailSafe.analyze(a.article(), analyzer::analyzeWithin);
        return analysis instanceof ArticleAnalysis.Done done
            ? new Row(done.article(), null)
            : new Row(null, rejection(a.input(), (ArticleAnalysis.NotAnalyzed) analysis));
      }
    };
  }

  private static Rejection rejection(String input, ArticleAnalysis.NotAnalyzed notAnalyzed) {
    LOG.warn("article at {} not analyzed: {}", input, notAnalyzed.reason());
    return new Rejection(input, notAnalyzed.reason());
  }
}
