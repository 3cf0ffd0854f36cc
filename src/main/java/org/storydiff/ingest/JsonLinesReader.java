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
    Objects.requireNonNull(validator, "validator");
    return lines(
        fileName,
        raw,
        gzip,
        validator.limits(),
        new LineOutcomes<>() {
          @Override
          public IngestOutcome ofLine(String input, String line) {
            return validator.fromJson(input, line);
          }

          @Override
          public IngestOutcome rejected(String input, String reason) {
            return IngestOutcome.rejected(input, reason);
          }
        });
  }

  /**
   * What becomes of each line: {@link #ofLine} for a decoded, non-blank line, {@link #rejected} for
   * a line that cannot be one (too long, not UTF-8, a corrupt gzip stream).
   */
  public interface LineOutcomes<T> {
    T ofLine(String input, String line);

    T rejected(String input, String reason);
  }

  /**
   * The lines as {@link #read} scans them, each made into a {@code T} without being parsed: so the
   * lines of one large file can be parsed and validated in parallel after a single task has read
   * them in order (each keeps its {@code <file>:<line>} input).
   */
  public static <T> Iterator<T> lines(
      String fileName,
      InputStream raw,
      boolean gzip,
      IngestLimits limits,
      LineOutcomes<T> outcomes) {
    return new JsonLinesIterator<>(
        Objects.requireNonNull(fileName, "fileName"),
        Objects.requireNonNull(raw, "raw"),
        gzip,
        Objects.requireNonNull(limits, "limits"),
        Objects.requireNonNull(outcomes, "outcomes"));
  }
}
