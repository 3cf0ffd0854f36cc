package org.storydiff.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The lazy iterator behind {@link JsonLinesReader#read}: reads one line per step, so memory holds
 * at most one line whatever the file size. Not thread-safe.
 */
final class JsonLinesIterator<T> implements Iterator<T> {

  private static final int GZIP_BUFFER_BYTES = 64 * 1024;

  private final String fileName;
  private final InputStream raw;
  private final boolean gzip;
  private final IngestLimits limits;
  private final JsonLinesReader.LineOutcomes<T> outcomes;
  private final Utf8LineDecoder decoder = new Utf8LineDecoder();

  private InputStream stream;
  private LineScanner scanner;
  private T pending;
  private boolean finished;

  JsonLinesIterator(
      String fileName,
      InputStream raw,
      boolean gzip,
      IngestLimits limits,
      JsonLinesReader.LineOutcomes<T> outcomes) {
    this.fileName = fileName;
    this.raw = raw;
    this.gzip = gzip;
    this.limits = limits;
    this.outcomes = outcomes;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !finished) {
      pending = advance();
    }
    return pending != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + fileName);
    }
    T outcome = pending;
    pending = null;
    return outcome;
  }

  /** The next outcome, or null (and the stream closed) when the input is exhausted. */
  private T advance() {
    try {
      openOnFirstUse();
      while (scanner.next()) {
        T outcome = outcomeOfLine();
        if (outcome != null) {
          return outcome;
        }
      }
      finish();
      return null;
    } catch (IOException e) {
      finish();
      if (gzip && (e instanceof ZipException || e instanceof EOFException)) {
        return corruptGzip(e);
      }
      // Not bad data but a failing file system: the task should fail and be retried.
      throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  /** Deferred so that a bad gzip header is reported as an outcome, not thrown by the factory. */
  private void openOnFirstUse() throws IOException {
    if (scanner == null) {
      stream = gzip ? new GZIPInputStream(raw, GZIP_BUFFER_BYTES) : raw;
      scanner = new LineScanner(stream, limits.maxLineBytes());
    }
  }

  /** The outcome of the line just scanned, or null for a blank line, which is not a record. */
  private T outcomeOfLine() {
    String input = fileName + ":" + scanner.lineNumber();
    if (scanner.tooLong()) {
      return outcomes.rejected(input, tooLongReason());
    }
    byte[] bytes = scanner.bytes();
    int from =
        scanner.lineNumber() == 1 && startsWithByteOrderMark(bytes, scanner.length()) ? 3 : 0;
    String line = decoder.decode(bytes, from, scanner.length());
    if (line == null) {
      return outcomes.rejected(
          input, "invalid UTF-8 at byte offset " + decoder.errorOffset() + " of the line");
    }
    return line.isBlank() ? null : outcomes.ofLine(input, line);
  }

  private String tooLongReason() {
    return String.format(
        Locale.ROOT,
        "line is longer than %d bytes, more than a record can take with --max-body-chars %d"
            + " and --max-title-chars %d",
        limits.maxLineBytes(),
        limits.maxBodyChars(),
        limits.maxTitleChars());
  }

  private T corruptGzip(IOException e) {
    long complete = scanner == null ? 0 : scanner.lineNumber();
    return outcomes.rejected(
        fileName + ":" + (complete + 1),
        "gzip stream truncated or corrupt after line " + complete + ": " + e.getMessage());
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
    return length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private void finish() {
    finished = true;
    try {
      (stream == null ? raw : stream).close();
    } catch (IOException e) {
      // Everything has been read; a failure to release an input stream loses no data.
    }
  }
}
