package org.sdkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.sdkg.cli.Main;
import org.sdkg.store.CrashPoints;

/**
 * {@code sdkg} as a separate JVM started from the test classpath, the way a shell runs it, so that
 * tests can stop it at a {@link CrashPoints crash point} and kill it with SIGKILL.
 */
public final class SdkgProcess implements AutoCloseable {
  /** Exit value Java reports for a process ended by SIGKILL (128 + 9). */
  public static final int KILLED = 137;

  private final Process process;
  private final List<String> errLines = new ArrayList<>();
  private boolean errClosed;

  private SdkgProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readErr, "sdkg-stderr-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code sdkg args} in {@code workDir}; with a crash point, the build stops there (see
   * {@link CrashPoints}). Standard output is discarded; standard error is collected.
   */
  public static SdkgProcess start(Path workDir, Optional<String> crashPoint, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    // Short runs on a busy machine: the C1 compiler and the serial collector only cut CPU time.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    crashPoint.ifPresent(p -> command.add("-D" + CrashPoints.PROPERTY + "=" + p));
    command.add(Main.class.getName());
    command.addAll(args);
    try {
      return new SdkgProcess(
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  private void readErr() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        synchronized (this) {
          errLines.add(line);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // The process is gone; what was read is kept.
    } finally {
      synchronized (this) {
        errClosed = true;
        notifyAll();
      }
    }
  }

  /** Waits for a stderr line; fails with all of stderr when the process ends first or times out. */
  public void awaitErrLine(Predicate<String> wanted, String what, Duration timeout)
      throws InterruptedException {
    awaitErrLines(wanted, 1, what, timeout);
  }

  /**
   * Waits until {@code count} stderr lines match; fails with all of stderr when the process ends
   * first or times out.
   */
  public synchronized void awaitErrLines(
      Predicate<String> wanted, int count, String what, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (errLines.stream().filter(wanted).count() < count) {
      long left = deadline - System.nanoTime();
      if (errClosed || left <= 0) {
        fail(
            (errClosed ? "sdkg ended" : "timed out")
                + " before printing "
                + what
                + "; stderr:\n"
                + err());
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Waits until the process stops at its crash point. */
  public void awaitCrashPoint(String name, Duration timeout) throws InterruptedException {
    String marker = "sdkg: crash point " + name;
    awaitErrLine(marker::equals, '"' + marker + '"', timeout);
  }

  /** Lets a process that waits at its crash point carry on. */
  public void resume() throws IOException {
    OutputStream in = process.getOutputStream();
    in.write('\n');
    in.flush();
  }

  /** SIGKILL (on Linux, {@link Process#destroyForcibly()} sends it), and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    assertEquals(KILLED, process.waitFor(), "killed by SIGKILL");
  }

  /** Exit value Java reports for a process ended by SIGTERM (128 + 15). */
  public static final int TERMINATED = 143;

  /** SIGTERM, as a service manager stops a program, and waits until it is gone. */
  public void stop(Duration timeout) throws InterruptedException {
    process.destroy();
    assertEquals(TERMINATED, awaitExit(timeout), "ended by SIGTERM; stderr:\n" + err());
  }

  /** Waits for the exit code; fails with stderr on timeout. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("sdkg did not end within " + timeout + "; stderr:\n" + err());
    }
    int code = process.exitValue();
    synchronized (this) {
      while (!errClosed) {
        wait();
      }
    }
    return code;
  }

  /** Standard error so far, one line per line. */
  public synchronized String err() {
    return errLines.isEmpty() ? "" : String.join("\n", errLines) + "\n";
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
