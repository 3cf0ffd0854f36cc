package org.storydiff.model;

import java.util.Locale;

/** The contract's finding vocabulary. */
public enum ChangeType {
  /** This version carries it and no other version of the story does. */
  ADDED,
  /** Most other versions carry it and this one does not. */
  OMITTED,
  /** This version carries it with a different value, qualifier, wording or speaker. */
  CHANGED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
