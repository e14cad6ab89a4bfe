package org.sdkg.serve;

/** The server cannot start for a reason the user can fix (port taken, bad host); says the fix. */
public class ServeException extends RuntimeException {
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
