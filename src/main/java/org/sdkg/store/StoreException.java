package org.sdkg.store;

/**
 * A store problem the user can fix (missing store, store in use, not a store). The message names
 * the folder and the fix; the CLI prints it without a stack trace.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
