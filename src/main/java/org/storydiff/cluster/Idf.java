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
}
