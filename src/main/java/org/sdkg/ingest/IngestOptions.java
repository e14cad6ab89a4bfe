package org.sdkg.ingest;

import java.time.LocalDate;

/**
 * Limits applied while reading.
 *
 * @param maxBytes files larger than this are skipped
 * @param today dates after this day are rejected as being in the future
 */
public record IngestOptions(long maxBytes, LocalDate today) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, LocalDate.now());
  }
}
