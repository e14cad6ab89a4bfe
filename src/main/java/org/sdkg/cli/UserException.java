package org.sdkg.cli;

/**
 * A failure caused by what the user asked for (a missing store, a bad parameter). Printed as its
 * message alone, with the fix; exit code 1. Stack traces are shown only with {@code -v}.
 */
public class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
