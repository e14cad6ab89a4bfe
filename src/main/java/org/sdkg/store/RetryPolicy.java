package org.sdkg.store;

import java.time.Duration;

/**
 * How often and how patiently transient failures are retried: the first retry waits {@code
 * firstDelay}, each later one twice as long, never more than {@link #MAX_DELAY}.
 */
public record RetryPolicy(int retries, Duration firstDelay) {
  public static final Duration MAX_DELAY = Duration.ofSeconds(30);

  public RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0, got " + retries);
    }
  }

  /** 3 retries after 0.5 s, 1 s and 2 s: rides out a server restart without hiding a dead one. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(500));
  }

  public int attempts() {
    return retries + 1;
  }

  /** The wait before attempt {@code attempt} (2 = first retry). */
  public Duration delayBefore(int attempt) {
    Duration d = firstDelay.multipliedBy(1L << Math.min(attempt - 2, 20));
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }
}
