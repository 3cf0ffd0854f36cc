package org.storydiff.spark;

/**
 * A problem with the run's arguments or paths that the user must fix (exit code 2): the message
 * says what failed and how to fix it, in one line.
 */
public final class JobSetupException extends RuntimeException {

  public JobSetupException(String message) {
    super(message);
  }
}
