package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Two sentences, in two different articles of one story, that say the same thing. {@code articleA}
 * sorts before {@code articleB}; sentence numbers index into each article's sentence list.
 *
 * @param score similarity in [0, 1]
 */
public record Alignment(
    String articleA, int sentenceA, String articleB, int sentenceB, double score, Relation relation)
    implements Serializable {

  public Alignment {
    Objects.requireNonNull(articleA, "articleA");
    Objects.requireNonNull(articleB, "articleB");
    Objects.requireNonNull(relation, "relation");
    if (articleA.compareTo(articleB) >= 0) {
      throw new IllegalArgumentException(
          "articleA must sort before articleB: " + articleA + ", " + articleB);
    }
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be in [0,1], got " + score);
    }
  }
}
