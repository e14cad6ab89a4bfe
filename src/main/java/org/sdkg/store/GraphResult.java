package org.sdkg.store;

import java.time.Duration;

/**
 * What happened to one {@link GraphUpload}.
 *
 * @param attempts requests made (0 when not sent)
 * @param message the failure, or empty when sent
 */
public record GraphResult(
    GraphUpload upload, Outcome outcome, int attempts, Duration elapsed, String message) {

  /** The three ends of one upload. */
  public enum Outcome {
    SENT,
    FAILED,
    /** Not tried because an earlier failure stopped the load (e.g. HTTP 401). */
    NOT_SENT
  }
}
