package org.storydiff.pipeline;

/**
 * Where one story's pipeline spent its time, in nanoseconds of the thread that ran it ({@link
 * System#nanoTime()} differences, so never negative): the whole call and three of its steps. The
 * steps are disjoint parts of the call, so they sum to at most {@code totalNanos}; the rest is
 * sorting and choosing the compared versions. A single-version story spends nothing in the steps.
 *
 * @param totalNanos the whole {@link StoryPipeline#processTimed} call
 * @param alignNanos sentence alignment of the compared versions
 * @param findingsNanos fact groups and findings
 * @param lineageNanos wire lineage (which version copied which)
 */
public record StoryTimings(
    long totalNanos, long alignNanos, long findingsNanos, long lineageNanos) {

  public StoryTimings {
    if (alignNanos < 0 || findingsNanos < 0 || lineageNanos < 0) {
      throw new IllegalArgumentException(
          "step times must not be negative: align "
              + alignNanos
              + ", findings "
              + findingsNanos
              + ", lineage "
              + lineageNanos);
    }
    if (alignNanos + findingsNanos + lineageNanos > totalNanos) {
      throw new IllegalArgumentException(
          "step times exceed the total of " + totalNanos + " ns: they must be parts of it");
    }
  }

  /** Only the whole call, for a story with no steps run. */
  static StoryTimings total(long totalNanos) {
    return new StoryTimings(totalNanos, 0, 0, 0);
  }
}
