package org.sdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named places in {@code sdkg build} where the crash-safety tests stop the process, so that they
 * can kill it (SIGKILL) at exactly that point instead of after a guessed delay.
 *
 * <p>Inert unless the JVM runs with {@code -Dsdkg.crashPoint=NAME} or {@code NAME@N}: the N-th time
 * (default: the first) the build reaches {@code NAME}, it prints {@code sdkg: crash point NAME} on
 * stderr and waits until a line or end of input arrives on standard input, then carries on. The
 * kill tests never answer and kill the process; the "store in use" test answers to let the first
 * build finish. With {@code -Dsdkg.crashPoint=trace} every point passed is printed with the
 * milliseconds since start and nothing waits, which shows how long each phase takes. The points are
 * listed in {@code docs/RELIABILITY.md}.
 */
public final class CrashPoints {
  public static final String PROPERTY = "sdkg.crashPoint";
  private static final String TRACE = "trace";
  private static final long START = System.nanoTime();
  // Per process and only read when the property is set: the hook is a test seam, not state.
  private static final AtomicInteger HITS = new AtomicInteger();

  private CrashPoints() {}

  /** Whether a crash point or tracing is requested for this process. */
  public static boolean enabled() {
    return System.getProperty(PROPERTY) != null;
  }

  /** Marks that the build has reached {@code name}; stops here when this is the requested point. */
  public static void reach(String name) {
    String wanted = System.getProperty(PROPERTY);
    if (wanted == null) {
      return;
    }
    if (wanted.equals(TRACE)) {
      System.err.printf(
          "sdkg: crash point %s passed at %d ms%n", name, (System.nanoTime() - START) / 1_000_000);
      System.err.flush();
      return;
    }
    int at = wanted.lastIndexOf('@');
    String point = at < 0 ? wanted : wanted.substring(0, at);
    int occurrence = at < 0 ? 1 : Integer.parseInt(wanted.substring(at + 1));
    if (point.equals(name) && HITS.incrementAndGet() == occurrence) {
      System.err.println("sdkg: crash point " + name);
      System.err.flush();
      waitForInput(System.in);
    }
  }

  private static void waitForInput(InputStream in) {
    try {
      int b;
      do {
        b = in.read();
      } while (b != -1 && b != '\n');
    } catch (IOException e) {
      // Standard input is gone: nobody will answer, so carrying on is all there is to do.
    }
  }
}
