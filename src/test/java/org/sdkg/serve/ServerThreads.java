package org.sdkg.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the embedded server's threads are doing, seen from inside the test JVM: Jetty's request
 * threads are named {@code qtp...}. Used to show that a cut query has really stopped.
 */
final class ServerThreads {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final List<String> QUERY_WORK =
      List.of("org.apache.jena.sparql.engine.", "org.apache.jena.tdb2.solver.", "java.util.regex.");

  private ServerThreads() {}

  /** The request threads that are running query code now, with the frame that shows it. */
  static List<String> runningQueries() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("qtp"))
        .filter(e -> queryFrame(e.getValue()) != null)
        .map(e -> e.getKey().getName() + " at " + queryFrame(e.getValue()))
        .toList();
  }

  private static String queryFrame(StackTraceElement[] stack) {
    return Arrays.stream(stack)
        .map(StackTraceElement::toString)
        .filter(f -> QUERY_WORK.stream().anyMatch(f::startsWith))
        .findFirst()
        .orElse(null);
  }

  /** Polls until no request thread runs query code; returns how long that took. */
  static Duration awaitNoRunningQuery(Duration max) throws InterruptedException {
    long start = System.nanoTime();
    while (!runningQueries().isEmpty()) {
      if (System.nanoTime() - start > max.toNanos()) {
        throw new AssertionError("still running after " + max + ": " + runningQueries());
      }
      Thread.sleep(20);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** CPU time the request threads use during the next {@code window}, in nanoseconds. */
  static long requestThreadsCpuNanosOver(Duration window) throws InterruptedException {
    long before = requestThreadsCpuNanos();
    // A fixed measuring window, not a wait for a condition.
    Thread.sleep(window.toMillis());
    return requestThreadsCpuNanos() - before;
  }

  private static long requestThreadsCpuNanos() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("qtp"))
        .mapToLong(t -> Math.max(0, THREADS.getThreadCpuTime(t.getId())))
        .sum();
  }

  /** Heap in use after a full collection, in bytes. */
  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
