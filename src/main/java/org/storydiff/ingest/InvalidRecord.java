package org.storydiff.ingest;

/**
 * Signals, inside this package, that a record must be rejected; the message is the reason. It is
 * caught where the {@link IngestOutcome} is built and never escapes. No stack trace: this is a
 * verdict about data, not a bug, and bad records can be numerous.
 */
final class InvalidRecord extends Exception {

  InvalidRecord(String reason) {
    super(reason, null, false, false);
  }
}
