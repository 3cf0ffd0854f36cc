package org.storydiff.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines terminated by {@code \n} (a trailing {@code \r} is dropped, so
 * {@code \r\n} works too), holding at most {@code maxLineBytes} of one line in memory: a longer
 * line is skipped up to its newline and reported as {@link #tooLong()}. Not thread-safe: one
 * instance reads one stream.
 */
final class LineScanner {

  private static final int READ_BUFFER_BYTES = 64 * 1024;
  private static final int INITIAL_LINE_BYTES = 4 * 1024;
  private static final int KEEP_LINE_BYTES = 1024 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[READ_BUFFER_BYTES];
  private int position;
  private int limit;
  private boolean endOfInput;

  private byte[] line = new byte[INITIAL_LINE_BYTES];
  private int lineLength;
  private boolean tooLong;
  private long lineNumber;

  LineScanner(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line. Returns false at the end of input; a last line without a newline still
   * counts, an empty remainder after the final newline does not.
   *
   * @throws IOException from the stream; the partial line is then lost and {@link #lineNumber()}
   *     still names the last complete line
   */
  boolean next() throws IOException {
    if (line.length > KEEP_LINE_BYTES) {
      // One huge article must not pin megabytes for the rest of a file of ordinary ones.
      line = new byte[INITIAL_LINE_BYTES];
    }
    lineLength = 0;
    tooLong = false;
    boolean sawBytes = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawBytes) {
          return false;
        }
        return endLine();
      }
      sawBytes = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      append(end - position);
      if (newline >= 0) {
        position = newline + 1;
        return endLine();
      }
      position = limit;
    }
  }

  /** The 1-based number of the line last returned by {@link #next()}; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  /** Whether the current line exceeded the limit; its bytes were then not kept. */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * The current line's bytes, valid in {@code [0, length())} until the next call of {@link
   * #next()}.
   */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLength;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int count) {
    if (tooLong) {
      return;
    }
    if (count > maxLineBytes - lineLength) {
      tooLong = true;
      lineLength = 0;
      return;
    }
    if (lineLength + count > line.length) {
      long doubled = 2L * line.length;
      line =
          Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(doubled, lineLength + count)));
    }
    System.arraycopy(buffer, position, line, lineLength, count);
    lineLength += count;
  }

  private boolean endLine() {
    lineNumber++;
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return true;
  }
}
