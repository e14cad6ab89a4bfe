package org.sdkg.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The real standalone Fuseki server ({@code jena-fuseki-server.jar}, copied by the build) serving a
 * store folder on a free loopback port, as a user would start it. Close it in {@code finally}.
 */
final class FusekiProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private FusekiProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static FusekiProcess start(Path storeDir, Path workDir) throws Exception {
    String jar = System.getProperty("sdkg.fuseki.server.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "the Fuseki server jar is missing (" + jar + "); run the tests through Maven");
    }
    int port = freePort();
    Path log = workDir.resolve("fuseki.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar,
                "--loc",
                storeDir.toString(),
                "--port",
                Integer.toString(port),
                "--localhost",
                "/sdkg")
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    FusekiProcess fuseki = new FusekiProcess(p, port, log);
    try {
      fuseki.awaitPing();
    } catch (Exception e) {
      fuseki.close();
      throw e;
    }
    return fuseki;
  }

  long pid() {
    return process.pid();
  }

  private void awaitPing() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Fuseki exited early:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/$/ping"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "Fuseki did not answer /$/ping in 60 s:\n" + Files.readString(log));
  }

  /** Runs a SELECT query and returns the CSV result. */
  String selectCsv(String query) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base()
                            + "/sdkg/sparql?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private String base() {
    return "http://127.0.0.1:" + port;
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
