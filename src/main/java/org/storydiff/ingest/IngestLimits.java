package org.storydiff.ingest;

import java.io.Serializable;

/**
 * Size limits that keep one oversized record from exhausting an executor's memory. A record over a
 * limit is rejected, not truncated: truncating a body would silently change what the story says.
 *
 * @param maxBodyChars the longest accepted body, in UTF-16 code units ({@code --max-body-chars})
 * @param maxTitleChars the longest accepted title, in UTF-16 code units ({@code --max-title-chars})
 */
public record IngestLimits(int maxBodyChars, int maxTitleChars) implements Serializable {

  public static final int MAX_BODY_CHARS_DEFAULT = 2_000_000;
  public static final int MAX_TITLE_CHARS_DEFAULT = 1_000;

  /** Room on a JSON line for the fields without a limit (id, source, url, ...) and the syntax. */
  static final int LINE_SLACK_BYTES = 1 << 20;

  /** Every UTF-16 code unit may be written as a six-byte {@code \\uXXXX} escape. */
  private static final int MAX_BYTES_PER_CHAR = 6;

  /** The largest array most JVMs will allocate. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  public IngestLimits {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException(
          "--max-body-chars must be a positive number of characters, got " + maxBodyChars);
    }
    if (maxTitleChars < 1) {
      throw new IllegalArgumentException(
          "--max-title-chars must be a positive number of characters, got " + maxTitleChars);
    }
  }

  /**
   * {@value #MAX_BODY_CHARS_DEFAULT} body characters, {@value #MAX_TITLE_CHARS_DEFAULT} title
   * characters.
   */
  public static IngestLimits defaults() {
    return new IngestLimits(MAX_BODY_CHARS_DEFAULT, MAX_TITLE_CHARS_DEFAULT);
  }

  /**
   * The longest JSON line, in bytes, that could still hold a record within these limits: body and
   * title fully escaped, plus {@value #LINE_SLACK_BYTES} bytes for everything else. Longer lines
   * are rejected without being decoded. Capped at the largest Java array.
   */
  public int maxLineBytes() {
    long bytes = MAX_BYTES_PER_CHAR * ((long) maxBodyChars + maxTitleChars) + LINE_SLACK_BYTES;
    return (int) Math.min(bytes, MAX_ARRAY_LENGTH);
  }
}
