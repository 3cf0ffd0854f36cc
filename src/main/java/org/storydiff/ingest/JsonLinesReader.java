package org.storydiff.ingest;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;

/**
 * Reads a JSON Lines file (one JSON object per line, UTF-8) as a stream of {@link IngestOutcome}s,
 * one per record. Thread-safe (stateless); each returned iterator is for one thread.
 *
 * <ul>
 *   <li>Streaming and lazy: the file is read as the iterator advances, holding one line at a time.
 *   <li>Lines end with {@code \n} or {@code \r\n}. Lines that are empty or hold only whitespace are
 *       not records: they are skipped without an outcome, but still counted, so line numbers in
 *       {@code <file>:<line>} (1-based) match what an editor shows.
 *   <li>A UTF-8 byte order mark at the start of the file is ignored.
 *   <li>Each line is decoded as strict UTF-8; a line with an invalid byte sequence is rejected
 *       ({@code invalid UTF-8 at byte offset N of the line}) and reading goes on.
 *   <li>A line longer than {@link IngestLimits#maxLineBytes()} is rejected without being buffered.
 *   <li>A truncated or corrupt gzip stream yields one rejection for the line after the last
 *       complete one, {@code gzip stream truncated or corrupt after line N: <message>}, and ends
 *       the iteration.
 * </ul>
 *
 * <p>Bad data never throws. An {@link java.io.UncheckedIOException} signals a failing read of the
 * underlying stream itself. The stream is closed when the iterator is exhausted or fails; a caller
 * that stops early must close it.
 */
public final class JsonLinesReader {

  private JsonLinesReader() {}

  /**
   * @param fileName the name used in each outcome's {@code input}, e.g. the file's path; non-null
   * @param raw the file's bytes, as stored (compressed if {@code gzip}); non-null
   * @param gzip whether {@code raw} is gzip-compressed (see {@link InputFormat#JSON_LINES_GZIP})
   * @param validator validates each record and supplies the size limits; non-null
   */
  public static Iterator<IngestOutcome> read(
      String fileName, InputStream raw, boolean gzip, RecordValidator validator) {
    return new JsonLinesIterator(
        Objects.requireNonNull(fileName, "fileName"),
        Objects.requireNonNull(raw, "raw"),
        gzip,
        Objects.requireNonNull(validator, "validator"));
  }
}
