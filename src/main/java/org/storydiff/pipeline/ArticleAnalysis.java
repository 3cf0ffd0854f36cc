package org.storydiff.pipeline;

import java.io.Serializable;
import java.util.Objects;
import org.storydiff.model.AnalyzedArticle;

/** What analyzing one article gave: the analyzed article, or the limit it is over. */
public sealed interface ArticleAnalysis extends Serializable permits ArticleAnalysis.Done, ArticleAnalysis.OverLimit {

  /** @param article the analyzed article; non-null */
  record Done(AnalyzedArticle article) implements ArticleAnalysis {
    public Done {
      Objects.requireNonNull(article, "article");
    }
  }

  /** @param reason which limit, e.g. {@code body has 12000 sentences; the limit is 10000 (--max-sentences)} */
  record OverLimit(String reason) implements ArticleAnalysis {
    public OverLimit {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
