package org.sdkg;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real standalone Fuseki server ({@code jena-fuseki-server.jar}, copied to target/fuseki by the
 * build), run as a separate process on a free loopback port.
 */
public final class StandaloneFuseki implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private StandaloneFuseki(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code java -jar jena-fuseki-server.jar --localhost --port N ARGS} in {@code workDir}
   * (Fuseki writes a run/ folder there) without waiting for it to answer.
   */
  public static StandaloneFuseki launch(Path workDir, int port, String... args) throws IOException {
    String jar = System.getProperty("sdkg.fuseki.server.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "no Fuseki server jar at " + jar + "; run the tests with Maven (it copies the jar)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-jar", jar, "--localhost", "--port", "" + port));
    command.addAll(List.of(args));
    Path log = workDir.resolve("fuseki.log");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new StandaloneFuseki(p, port, log);
  }

  /** Launches the server and waits until {@code /$/ping} answers (or asks for a login). */
  public static StandaloneFuseki start(Path workDir, String... args) throws IOException {
    StandaloneFuseki f = launch(workDir, freePort(), args);
    f.awaitPing(Duration.ofSeconds(60));
    return f;
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT} */
  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public void awaitPing(Duration max) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url("/$/ping"))).build(),
                HttpResponse.BodyHandlers.discarding());
        // 401 counts: a password-protected server guards /$/ping too.
        if (r.statusCode() == 200 || r.statusCode() == 401) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      sleep(200);
    }
    close();
    throw new IllegalStateException("Fuseki did not answer /$/ping: " + Files.readString(log));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
