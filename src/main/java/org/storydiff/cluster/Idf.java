package org.storydiff.cluster;

/** Inverse document frequency. Stateless and thread-safe. */
public final class Idf {

  private Idf() {}

  /**
   * Smoothed idf, {@code log((N+1)/(df+1)) + 1}: always ≥ 1 for df ≤ N, so a term found in every
   * document still counts a little instead of vanishing.
   *
   * @param documentFrequency number of documents holding the term, 0 ≤ df ≤ N
   * @param documentCount number of documents N, ≥ 0
   */
  public static double of(long documentFrequency, long documentCount) {
    if (documentCount < 0 || documentFrequency < 0 || documentFrequency > documentCount) {
      throw new IllegalArgumentException(
          "document frequency must be in [0, documentCount], got df="
              + documentFrequency
              + " N="
              + documentCount);
    }
    return Math.log((documentCount + 1.0) / (documentFrequency + 1.0)) + 1.0;
  }

  /**
   * The idf used for clustering vectors: {@link #of}, but 0 for a term held by fewer than two
   * documents, which drops it from the vector. Such a term can never match another article and
   * would only lower every cosine of its article (on ECB+ dropping them lifts B-cubed F1 by about
   * 0.01 at the same threshold). The cost: the vector is normalized over shared terms only, so in
   * a tiny corpus an article sharing just one or two terms with another can look close to it.
   */
  public static double forClustering(long documentFrequency, long documentCount) {
    return documentFrequency < BlockingKeys.MIN_DF ? 0 : of(documentFrequency, documentCount);
  }
}
