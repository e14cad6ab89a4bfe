package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.StandaloneFuseki;
import org.sdkg.store.Credentials;

/**
 * {@code sdkg load} against servers that refuse: read-only, password-protected, not yet started,
 * absent, or not SPARQL at all. Each test starts its own real server.
 */
class LoadFailuresTest {
  @TempDir Path tmp;

  @Test
  void load_intoReadOnlyTdb2Dataset_failsWithTheReadOnlyMessageAndSendsNothingElse()
      throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path serverDir = Files.createDirectories(tmp.resolve("server"));
    Files.createDirectories(serverDir.resolve("db"));
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(serverDir, "--loc", "db", "/ro")) {
      String endpoint = fuseki.url("/ro");

      CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());

      assertEquals(1, r.exitCode());
      String readOnly =
          endpoint
              + "/data: the dataset is read-only (HTTP 405 \"HTTP method not allowed: PUT :"
              + " Read-only\"); start Fuseki with --update (or `sdkg serve --update`) and rerun";
      assertEquals(
          "[1/3] PUT <https://w3id.org/sdkg/graph/article/a1>  13 triples  FAILED: "
              + readOnly
              + "\n"
              + "[2/3] PUT <https://w3id.org/sdkg/graph/merged>  9 triples  not sent\n"
              + "[3/3] PUT <https://w3id.org/sdkg/graph/ontology>  4 triples  not sent\n",
          r.out().substring(0, r.out().indexOf("loaded ")));
      assertTrue(
          r.out()
              .startsWith(
                  "loaded 0 of 3 graphs (0 triples) into " + endpoint, r.out().indexOf("loaded ")));
      assertEquals(
          "sdkg: 3 graph(s) not loaded: "
              + readOnly
              + "; rerun once fixed (graphs are replaced, never duplicated)\n",
          r.err());
      assertEquals(0, Fixtures.countQuads(endpoint));
    }
  }

  @Test
  void load_intoTdb2DatasetWithUpdate_storesTheGraphsOnDisk() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path serverDir = Files.createDirectories(tmp.resolve("server"));
    Files.createDirectories(serverDir.resolve("db"));
    try (StandaloneFuseki fuseki =
        StandaloneFuseki.start(serverDir, "--update", "--loc", "db", "/kb")) {
      String endpoint = fuseki.url("/kb");

      CliTest.Run first = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());
      CliTest.Run second = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());

      assertEquals(0, first.exitCode(), first.err());
      assertEquals(0, second.exitCode(), second.err());
      assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
      assertEquals(
          Fixtures.COOPERATION_ROWS,
          Fixtures.rows(endpoint, Fixtures.query("cooperation-rows.rq")));
    }
  }

  @Test
  void load_intoPasswordProtectedFuseki_refusesWithoutCredentialsAndAcceptsWithThem()
      throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path serverDir = Files.createDirectories(tmp.resolve("server"));
    Files.writeString(serverDir.resolve("passwd"), "loader: s3cret\n");
    Path good = Files.writeString(tmp.resolve("good.pw"), "s3cret\n");
    Path wrong = Files.writeString(tmp.resolve("wrong.pw"), "guess\n");
    try (StandaloneFuseki fuseki =
        StandaloneFuseki.start(
            serverDir, "--passwd=passwd", "--auth=basic", "--update", "--mem", "/ds")) {
      String endpoint = fuseki.url("/ds");

      CliTest.Run anonymous =
          CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());
      CliTest.Run badPassword =
          CliTest.run(
              "load",
              "--endpoint",
              endpoint,
              "--store",
              store.toString(),
              "--user",
              "loader",
              "--password-file",
              wrong.toString());
      CliTest.Run loggedIn =
          CliTest.run(
              "load",
              "--endpoint",
              endpoint,
              "--store",
              store.toString(),
              "--user",
              "loader",
              "--password-file",
              good.toString());

      assertEquals(1, anonymous.exitCode());
      assertEquals(
          "sdkg: "
              + endpoint
              + ": the server wants a login (HTTP 401); pass --user NAME --password-file FILE\n",
          anonymous.err());
      assertEquals(1, badPassword.exitCode());
      assertEquals(
          "sdkg: "
              + endpoint
              + ": the server rejected user 'loader' (HTTP 401); check --user and the"
              + " password in --password-file\n",
          badPassword.err());
      assertEquals(0, loggedIn.exitCode(), loggedIn.err());
      try (var exec =
          QueryExecHTTP.service(endpoint)
              .httpHeader("Authorization", new Credentials("loader", "s3cret").basicAuthorization())
              .query(Fixtures.query("count-quads.rq"))
              .build()) {
        assertEquals(Fixtures.QUADS, exec.select().next().get("n").getLiteralValue());
      }
    }
  }

  @Test
  void load_whileTheServerIsStillStarting_retriesUntilItAnswers() throws Exception {
    Path serverDir = Files.createDirectories(tmp.resolve("server"));
    int port = StandaloneFuseki.freePort();
    try (StandaloneFuseki fuseki =
        StandaloneFuseki.launch(serverDir, port, "--update", "--mem", "/ds")) {
      String endpoint = fuseki.url("/ds");

      CliTest.Run r =
          CliTest.run("load", "--endpoint", endpoint, "--retries", "6", Fixtures.trig().toString());

      assertEquals(0, r.exitCode(), r.err());
      assertTrue(
          r.err()
              .startsWith(
                  "sdkg: endpoint check failed ("
                      + endpoint
                      + ": cannot connect (connection refused);"
                      + " check that the server is running and the host and port in --endpoint);"
                      + " retry 1 of 6 in 0.5 s\n"),
          r.err());
      assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
    }
  }

  @Test
  void load_whenNothingListens_givesUpAfterTheRetriesWithTheFix() throws Exception {
    String endpoint = "http://127.0.0.1:" + StandaloneFuseki.freePort() + "/ds";

    CliTest.Run r =
        CliTest.run("load", "--endpoint", endpoint, "--retries", "1", Fixtures.trig().toString());

    assertEquals(1, r.exitCode());
    String refused =
        endpoint
            + ": cannot connect (connection refused); check that the server is running and the"
            + " host and port in --endpoint";
    assertEquals(
        "sdkg: endpoint check failed ("
            + refused
            + "); retry 1 of 1 in 0.5 s\n"
            + "sdkg: "
            + refused
            + "\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void load_toAServerThatIsNotSparql_saysTheEndpointIsWrong() throws Exception {
    HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext(
        "/",
        exchange -> {
          byte[] page = "<html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    web.start();
    try {
      String endpoint = "http://127.0.0.1:" + web.getAddress().getPort() + "/ds";

      CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, Fixtures.trig().toString());

      assertEquals(1, r.exitCode());
      assertTrue(r.err().startsWith("sdkg: " + endpoint + ": the answer is not SPARQL ("), r.err());
      assertTrue(
          r.err()
              .endsWith("); --endpoint must be a dataset URL such as http://localhost:3030/ds\n"),
          r.err());
    } finally {
      web.stop(0);
    }
  }
}
