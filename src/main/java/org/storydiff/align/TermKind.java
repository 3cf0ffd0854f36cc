package org.storydiff.align;

/**
 * Why a content term weighs what it does. Figures, quoted words and names decide whether two
 * sentences report the same thing, so they outweigh ordinary words of equal rarity.
 */
enum TermKind {
  ORDINARY(1.0),
  NAME(1.5),
  QUOTED(1.5),
  NUMBER(2.0);

  private final double boost;

  TermKind(double boost) {
    this.boost = boost;
  }

  /** Multiplier applied to the term's in-story rarity (IDF). */
  double boost() {
    return boost;
  }

  /** The stronger of two kinds, for a term seen in several roles within one sentence. */
  static TermKind stronger(TermKind a, TermKind b) {
    return a.boost >= b.boost ? a : b;
  }
}
