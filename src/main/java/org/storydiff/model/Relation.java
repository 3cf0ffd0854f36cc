package org.storydiff.model;

import java.util.Locale;

/** How two aligned sentences relate: equivalent in substance, or the same statement altered. */
public enum Relation {
  SAME,
  CHANGED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
