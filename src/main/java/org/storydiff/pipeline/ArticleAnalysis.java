package org.storydiff.pipeline;

import java.io.Serializable;
import java.util.Objects;
import org.storydiff.model.AnalyzedArticle;

/** What analyzing one article gave: the analyzed article, or why it was not analyzed. */
public sealed interface ArticleAnalysis extends Serializable
    permits ArticleAnalysis.Done, ArticleAnalysis.NotAnalyzed {

  /**
   * @param article the analyzed article; non-null
   */
  record Done(AnalyzedArticle article) implements ArticleAnalysis {
    public Done {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * @param reason which limit it is over ({@code body has 12000 sentences; the limit is 10000
   *     (--max-sentences)}) or what failed
   */
  record NotAnalyzed(String reason) implements ArticleAnalysis {
    public NotAnalyzed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
