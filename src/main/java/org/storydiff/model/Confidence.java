package org.storydiff.model;

import java.util.Locale;

/**
 * How sure the job is of a finding (the contract's {@code confidence}). The rules that give it live
 * in one place, {@code diff.FindingConfidence}; a finding below {@link #HIGH} says why in its
 * detail.
 */
public enum Confidence {
  /** Both sides read plainly: an editor can act on it. */
  HIGH,
  /** Real difference, but of a kind that is often an editing habit or a reading limit. */
  MEDIUM,
  /** The job is unsure (e.g. a speaker known only through a pronoun): shown apart, "to check". */
  LOW;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The lower of two levels. */
  public Confidence atMost(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
