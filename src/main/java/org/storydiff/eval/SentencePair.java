package org.storydiff.eval;

import java.util.Comparator;

/**
 * An unordered pair of sentences in two articles, stored with {@code articleA} sorting first, so a
 * gold pair and a predicted alignment compare equal however they were written.
 */
public record SentencePair(String articleA, int sentenceA, String articleB, int sentenceB)
    implements Comparable<SentencePair> {

  private static final Comparator<SentencePair> ORDER =
      Comparator.comparing(SentencePair::articleA)
          .thenComparing(SentencePair::articleB)
          .thenComparingInt(SentencePair::sentenceA)
          .thenComparingInt(SentencePair::sentenceB);

  public static SentencePair of(String article1, int sentence1, String article2, int sentence2) {
    if (article1.equals(article2)) {
      throw new IllegalArgumentException("a pair needs two articles: " + article1);
    }
    return article1.compareTo(article2) < 0
        ? new SentencePair(article1, sentence1, article2, sentence2)
        : new SentencePair(article2, sentence2, article1, sentence1);
  }

  @Override
  public int compareTo(SentencePair o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return articleA + ":" + sentenceA + " ~ " + articleB + ":" + sentenceB;
  }
}
