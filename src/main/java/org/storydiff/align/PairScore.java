package org.storydiff.align;

/**
 * How sentence A of one version compares with sentence B of another. All similarities are in [0,
 * 1].
 *
 * @param dice weighted Dice: (weight of A covered by B + weight of B covered by A) / total weight
 * @param coveredA share of A's weight whose terms B also has (containment of A in B)
 * @param coveredB share of B's weight whose terms A also has
 * @param restDice weighted Dice ignoring disputed terms: numbers and names only one side has
 * @param restCoveredA share of A's weight B also has, ignoring disputed terms
 * @param restCoveredB share of B's weight A also has, ignoring disputed terms
 * @param figuresDiffer for some unit word, each side's numbers are all absent from the other's ("35
 *     people" / "12 people", or "134 people" / "130 people")
 * @param figureConflict figures differ and are far apart ("35 people" / "12 people", not "134" /
 *     "130"): a hint of two different statements unless the rest agrees closely
 * @param nameConflict each side has a name the other lacks: the same kind of hint, a stronger one
 * @param contradiction the two use opposing key words ("resume" / "end")
 */
record PairScore(
    double dice,
    double coveredA,
    double coveredB,
    double restDice,
    double restCoveredA,
    double restCoveredB,
    boolean figuresDiffer,
    boolean figureConflict,
    boolean nameConflict,
    boolean contradiction) {

  /** Containment of the sentence with less weight in the other one. */
  double smallerCovered(double weightA, double weightB) {
    return weightA <= weightB ? coveredA : coveredB;
  }

  /** Containment of the lighter sentence in the other one, ignoring disputed terms. */
  double smallerRestCovered(double weightA, double weightB) {
    return weightA <= weightB ? restCoveredA : restCoveredB;
  }
}
