package org.sdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.Http;
import org.sdkg.StandaloneFuseki;
import org.sdkg.TestPaths;
import org.sdkg.store.Credentials;
import org.sdkg.store.TdbStore;

/** The safety settings of the embedded server: timeout, SERVICE, result limit, login, shutdown. */
class ServeSafetyTest {
  private static final String TURTLE = "text/turtle";

  @TempDir Path tmp;

  @Test
  void longQuery_isCutByTheTimeoutAndTheServerKeepsAnswering() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    addBigGraph(store, 3000);
    ServeOptions options =
        ServeTesting.with(
            ServeTesting.options(store, new Access.ReadOnly()), Duration.ofSeconds(1), 0, false);
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      String ds = server.datasetUrl();
      long start = System.nanoTime();

      Http.Response cut =
          Http.query(ds + "/sparql", Fixtures.query("cartesian-count.rq").toString(), "text/csv");

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(503, cut.status(), cut.body());
      assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);
      assertEquals(200, Http.get(server.baseUrl() + "/$/ping", "*/*").status());
      assertEquals(
          Fixtures.COOPERATION_ROWS, Fixtures.rows(ds, Fixtures.query("cooperation-rows.rq")));
    }
  }

  /**
   * The library queries that join grouped subqueries by hashing, under a 1 ms timeout: each answer
   * is 200 or 503 "timed out", never a 500 (Jena 5.6.0 fails closing a hash join the timeout
   * stopped before it started: {@code CancelledHashJoin}).
   */
  @Test
  void hashJoiningQueries_atATinyTimeout_answer200Or503_never500() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    addBigGraph(store, 300);
    ServeOptions options =
        ServeTesting.with(
            ServeTesting.options(store, new Access.ReadOnly()), Duration.ofMillis(1), 0, false);
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      String endpoint = server.datasetUrl() + "/sparql";
      for (String name : List.of("network", "aid", "countries", "projects", "watchlist")) {
        String text = Files.readString(TestPaths.project().resolve("queries/" + name + ".rq"));
        for (int i = 0; i < 5; i++) {
          Http.Response r = Http.query(endpoint, text, "text/csv");
          assertTrue(r.status() == 200 || r.status() == 503, name + ": " + r.status() + r.body());
        }
      }
    }
  }

  @Test
  void serviceClause_runsOnlyWithAllowService() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    ServeOptions options =
        ServeTesting.with(
            ServeTesting.options(store, new Access.ReadOnly()), Duration.ofSeconds(30), 0, true);
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      String ds = server.datasetUrl();

      List<List<String>> rows = Fixtures.rows(ds, ServeTesting.serviceQuery(ds + "/sparql"));

      assertEquals(List.of(List.of("China"), List.of("Comoros")), rows);
    }
  }

  @Test
  void maxResults_capsQueriesWithoutOrWithLargerLimits() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    ServeOptions options =
        ServeTesting.with(
            ServeTesting.options(store, new Access.ReadOnly()), Duration.ofSeconds(30), 3, false);
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      String ds = server.datasetUrl();

      List<List<String>> capped = Fixtures.rows(ds + "/query", Fixtures.query("all-names.rq"));

      // all-names.rq has 4 rows (China and Comoros in two graphs each)
      assertEquals(List.of(List.of("China"), List.of("China"), List.of("Comoros")), capped);
      assertEquals(List.of(List.of("26")), Fixtures.rows(ds, Fixtures.query("count-quads.rq")));
    }
  }

  @Test
  void updateAccess_needsTheLoginForWritesButNotForReads() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Credentials editor = new Credentials("editor", "pa55word");
    String wrong = new Credentials("editor", "nope").basicAuthorization();
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";
    String insert = ServeTesting.update("insert-one.ru");
    try (EmbeddedFuseki server =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.Update(editor)))) {
      String ds = server.datasetUrl();

      Http.Response anonymousPut =
          Http.send("PUT", ds + "/data?graph=https://e.org/g", TURTLE, turtle, null);
      Http.Response wrongPut =
          Http.send("PUT", ds + "/data?graph=https://e.org/g", TURTLE, turtle, wrong);
      Http.Response anonymousUpdate =
          Http.send("POST", ds + "/update", "application/sparql-update", insert, null);
      Http.Response put =
          Http.send(
              "PUT",
              ds + "/data?graph=https://e.org/g",
              TURTLE,
              turtle,
              editor.basicAuthorization());
      Http.Response update =
          Http.send(
              "POST",
              ds + "/update",
              "application/sparql-update",
              insert,
              editor.basicAuthorization());

      assertEquals(401, anonymousPut.status());
      assertEquals(401, wrongPut.status());
      assertEquals(401, anonymousUpdate.status());
      assertEquals(201, put.status(), put.body());
      assertEquals(204, update.status(), update.body());
      assertEquals(Fixtures.QUADS + 2, Fixtures.countQuads(ds));
      assertEquals(200, Http.get(ds + "/get?graph=https://e.org/g", TURTLE).status());
    }
  }

  @Test
  void shiroAccess_letsTheShiroFileDecideWhoWrites() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path ini = Path.of(getClass().getResource("/fixtures/shiro.ini").toURI());
    String editor = new Credentials("editor", "pa55word").basicAuthorization();
    String wrong = new Credentials("editor", "guess").basicAuthorization();
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";
    try (EmbeddedFuseki server =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.ShiroUpdate(ini)))) {
      String ds = server.datasetUrl();
      String graph = ds + "/data?graph=https://e.org/g";

      Http.Response anonymous = Http.send("PUT", graph, TURTLE, turtle, null);
      Http.Response wrongPassword = Http.send("PUT", graph, TURTLE, turtle, wrong);
      Http.Response put = Http.send("PUT", graph, TURTLE, turtle, editor);

      assertEquals(401, anonymous.status());
      assertEquals(401, wrongPassword.status());
      assertEquals(201, put.status(), put.body());
      assertEquals(Fixtures.QUADS + 1, Fixtures.countQuads(ds));
    }
  }

  @Test
  void close_releasesTheStoreSoAnotherProcessCanServeIt() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    EmbeddedFuseki server =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.ReadOnly()));
    String ping = server.baseUrl() + "/$/ping";

    server.close();
    server.close();

    assertThrows(IllegalStateException.class, () -> Http.get(ping, "*/*"));
    // TDB2 holds an OS file lock while open; a second process only gets in once it is released.
    Path work = Files.createDirectories(tmp.resolve("work"));
    try (StandaloneFuseki other =
        StandaloneFuseki.start(work, "--loc", store.toAbsolutePath().toString(), "/again")) {
      assertEquals(Fixtures.QUADS, Fixtures.countQuads(other.url("/again")));
    }
  }

  @Test
  void start_onAPortInUse_failsNamingThePortAndTheFix() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    try (EmbeddedFuseki first =
        EmbeddedFuseki.start(ServeTesting.options(store, new Access.ReadOnly()))) {
      Path other = Fixtures.createStore(tmp.resolve("other"));
      ServeOptions samePort =
          new ServeOptions(
              other,
              "127.0.0.1",
              first.port(),
              "/sdkg",
              new Access.ReadOnly(),
              Duration.ofSeconds(30),
              0,
              false,
              tmp.resolve("fuseki-run"),
              TestPaths.project().resolve("queries"));

      ServeException e = assertThrows(ServeException.class, () -> EmbeddedFuseki.start(samePort));

      assertEquals(
          "cannot listen on 127.0.0.1:"
              + first.port()
              + ": the port is in use; pick another with --port",
          e.getMessage());
    }
  }

  private static void addBigGraph(Path store, int triples) {
    Node graph = NodeFactory.createURI("urn:x-sdkg-test:big");
    Node p = NodeFactory.createURI("urn:x-sdkg-test:p");
    try (TdbStore tdb = TdbStore.openExisting(store)) {
      tdb.write(
          () -> {
            for (int i = 0; i < triples; i++) {
              tdb.dataset()
                  .add(
                      graph,
                      NodeFactory.createURI("urn:x-sdkg-test:s" + i),
                      p,
                      NodeFactory.createLiteralString("v" + i));
            }
          });
    }
  }
}
