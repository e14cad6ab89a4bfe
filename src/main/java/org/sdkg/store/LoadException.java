package org.sdkg.store;

/**
 * A load that cannot go on for a reason the user can fix (a missing store, an unreadable file, an
 * endpoint that refuses). The message names the thing and the fix; the CLI prints it alone.
 */
public class LoadException extends RuntimeException {
  public LoadException(String message) {
    super(message);
  }

  public LoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
