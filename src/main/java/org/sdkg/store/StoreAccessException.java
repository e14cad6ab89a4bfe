package org.sdkg.store;

/** A TDB2 store that cannot be opened: missing, not a store, or locked by another process. */
public class StoreAccessException extends RuntimeException {
  public StoreAccessException(String message) {
    super(message);
  }

  public StoreAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
