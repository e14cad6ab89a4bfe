package org.sdkg.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Limits applied while reading.
 *
 * @param maxBytes files larger than this many bytes are skipped (the CLI's {@code --max-size})
 * @param today dates after this day are rejected as being in the future; a parameter rather than
 *     the clock so tests are repeatable
 */
public record IngestOptions(long maxBytes, LocalDate today) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    Objects.requireNonNull(today, "today");
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, LocalDate.now());
  }

  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(bytes, today);
  }

  public IngestOptions withToday(LocalDate day) {
    return new IngestOptions(maxBytes, day);
  }
}
