package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record that was not processed.
 *
 * @param input where it came from: {@code <file>:<line>} for JSON Lines, {@code <file>#<row>} for
 *     Parquet (lines and rows are 1-based)
 * @param reason what is wrong with it, specific enough to fix the record
 */
public record Rejection(String input, String reason) implements Serializable {

  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
