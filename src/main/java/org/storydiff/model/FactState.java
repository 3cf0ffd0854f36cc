package org.storydiff.model;

import java.util.Locale;

/**
 * What one version does with one {@link FactGroup}, as the story's findings say: a version with a
 * changed finding on the group differs, one with an added finding is the only one to carry it, one
 * with an omission finding lacks it while most others carry it; otherwise it carries the fact
 * (present) or does not (absent).
 */
public enum FactState {
  /** Carries the fact and has no finding on it. */
  PRESENT,
  /** Carries the fact with another value, qualifier, wording or speaker: a changed finding. */
  CHANGED,
  /** The only version to carry it: an added finding. */
  ADDED,
  /** Lacks it while most other versions carry it: an omitted finding. */
  OMITTED,
  /** Lacks it, and no finding says so. */
  ABSENT;

  /** The lower-case name, e.g. {@code "omitted"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a version in this state carries a member of the group. */
  public boolean carries() {
    return this == PRESENT || this == CHANGED || this == ADDED;
  }
}
