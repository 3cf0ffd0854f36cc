package org.storydiff.cluster;

import java.util.Locale;

/** What a run did with a story of its {@code stories/} dataset. */
public enum StoryStatus {
  /** First seen in this run: its id comes from its own articles ({@link StoryIds}). */
  NEW,
  /** This run's articles joined a story of the previous output, whose id they took. */
  CONTINUED,
  /** A story of the previous output that got no article in this run, kept for later runs. */
  CARRIED;

  /** The name in the dataset: "new", "continued", "carried". */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a wire name; case-insensitive. */
  public static StoryStatus ofWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
