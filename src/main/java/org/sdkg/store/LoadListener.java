package org.sdkg.store;

import java.time.Duration;

/** Progress of a {@link RemoteLoader}; the CLI prints it, tests may record it. */
public interface LoadListener {

  /** A request failed transiently and will be repeated after {@code delay}. */
  default void retrying(
      String what, int nextAttempt, int attempts, Duration delay, String reason) {}

  /** Upload {@code index} (1-based) of {@code total} has ended. */
  default void finished(GraphResult result, int index, int total) {}

  LoadListener NONE = new LoadListener() {};
}
