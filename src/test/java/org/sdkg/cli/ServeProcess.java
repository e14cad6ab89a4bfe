package org.sdkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sdkg serve} as a separate process, started the way a user starts it (only {@code --port 0}
 * added, so tests never collide); its port is read from the startup banner. Close it in {@code
 * finally} or {@code @AfterAll}: SIGTERM, then the process is awaited.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern DATASET_LINE =
      Pattern.compile("^  dataset   http://[^ ]+:(\\d+)/sdkg ", Pattern.MULTILINE);

  private final Process process;
  private final Path log;
  private final int port;

  private ServeProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static ServeProcess start(Path workDir, Path store, String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of("org.sdkg.cli.Main", "serve", "--store", store.toString()));
    command.addAll(List.of("--port", "0"));
    command.addAll(List.of(options));
    Path log = Files.createTempFile(workDir, "serve", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = DATASET_LINE.matcher(Files.readString(log));
      if (m.find()) {
        return new ServeProcess(p, log, Integer.parseInt(m.group(1)));
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("sdkg serve exited: " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new IllegalStateException("sdkg serve printed no endpoints: " + Files.readString(log));
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** {@code http://127.0.0.1:PORT}, also when it listens on all addresses. */
  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code http://127.0.0.1:PORT/sdkg} */
  String dataset() {
    return base() + "/sdkg";
  }

  /** Everything the process printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
