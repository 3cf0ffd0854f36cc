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
import scala.reflect.ClassTag;

/**
 * Sentence splitting and fact extraction, one analyzer per partition (analyzers are not
 * thread-safe). An article over the sentence limit becomes a rejection naming its input line.
 *
 * <p>Each analysed article is kept as the bytes of its serialized form, made once here: the stories
 * stage ships exactly those bytes to the article's story, where they are read once, instead of
 * reading the analysis cache into objects and serializing them again for the shuffle.
 */
final class AnalyzeArticles {

  /**
   * One analyzed article (its id and serialized form, {@link #article}) or one rejection: either
   * {@code id} and {@code article} or {@code rejection} are non-null.
   */
  record Row(String id, byte[] article, Rejection rejection) implements Serializable {}

  static final ClassTag<AnalyzedArticle> ARTICLE = SerializedBytes.tag(AnalyzedArticle.class);

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeArticles.class);

  private AnalyzeArticles() {}

  static JavaRDD<Row> apply(JavaRDD<IngestOutcome.Accepted> articles, int maxSentences) {
    return articles.mapPartitions(partition -> analyze(partition, maxSentences));
  }

  /** Lazily, one article at a time: a partition's analysed articles never all sit in memory. */
  private static Iterator<Row> analyze(
      Iterator<IngestOutcome.Accepted> articles, int maxSentences) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(maxSentences);
    SerializedBytes bytes = new SerializedBytes();
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
            ? new Row(done.article().id(), bytes.write(done.article(), ARTICLE), null)
            : new Row(null, null, rejection(a.input(), (ArticleAnalysis.NotAnalyzed) analysis));
      }
    };
  }

  /** An article of a {@link Row}, read back with a task's serializer. */
  static AnalyzedArticle article(byte[] serialized, SerializedBytes bytes) {
    return bytes.read(serialized, ARTICLE);
  }

  private static Rejection rejection(String input, ArticleAnalysis.NotAnalyzed notAnalyzed) {
    LOG.warn("article at {} not analyzed: {}", input, notAnalyzed.reason());
    return new Rejection(input, notAnalyzed.reason());
  }
}
