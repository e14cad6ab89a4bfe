package org.sdkg.cli;

import java.io.IOException;
import java.net.InetAddress;
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
 * The real standalone Fuseki server ({@code jena-fuseki-server.jar}, copied by the build) started
 * as a user would start it, on a free loopback port. Close it in {@code finally}.
 */
final class StandaloneFuseki implements AutoCloseable {
  private final Process process;
  private final int port;

  private StandaloneFuseki(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code java -jar jena-fuseki-server.jar ARGS --port P --localhost} in {@code workDir}.
   */
  static StandaloneFuseki start(Path workDir, String... args) throws Exception {
    String jar = System.getProperty("sdkg.fuseki.server.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "the Fuseki server jar is missing (" + jar + "); run the tests through Maven");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-jar", jar));
    command.addAll(List.of(args));
    command.addAll(List.of("--port", Integer.toString(port), "--localhost"));
    Path log = workDir.resolve("fuseki.log");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    StandaloneFuseki fuseki = new StandaloneFuseki(p, port);
    try {
      fuseki.awaitPing(log);
    } catch (Exception e) {
      fuseki.close();
      throw e;
    }
    return fuseki;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  private void awaitPing(Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Fuseki exited early:\n" + Files.readString(log));
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/$/ping"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Fuseki did not answer in 60 s:\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
