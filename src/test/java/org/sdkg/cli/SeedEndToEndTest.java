package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.StandaloneFuseki;
import org.sdkg.TestPaths;
import org.sdkg.serve.Access;
import org.sdkg.serve.EmbeddedFuseki;
import org.sdkg.serve.ServeOptions;
import org.sdkg.store.TdbStore;

/**
 * The seed article through build, then load into a real Fuseki and serve: same answers everywhere.
 */
class SeedEndToEndTest {
  /** The reviewed seed graph (src/test/resources/golden/seed): China's partners and topics. */
  private static final List<List<String>> SEED_PARTNERS =
      List.of(
          List.of("COM", "malaria"),
          List.of("USA", "clean_energy"),
          List.of("USA", "climate"),
          List.of("USA", "public_health"));

  @TempDir Path tmp;

  @Test
  void seedBuild_loadedIntoFuseki_answersTheSeedRowsWithEveryGraphComplete() throws Exception {
    Path store = build();
    List<List<String>> graphsInStore = localRows(store, "count-graphs.rq");
    Path work = Files.createDirectories(tmp.resolve("fuseki"));
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(work, "--update", "--mem", "/ds")) {
      String endpoint = fuseki.url("/ds");

      CliTest.Run first = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());
      CliTest.Run again = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());

      assertEquals(0, first.exitCode(), first.err());
      assertEquals(0, again.exitCode(), again.err());
      assertTrue(first.out().contains("] PUT <https://w3id.org/sdkg/graph/merged>  "), first.out());
      assertEquals(3, graphsInStore.size());
      assertEquals(graphsInStore, Fixtures.rows(endpoint, Fixtures.query("count-graphs.rq")));
      assertEquals(SEED_PARTNERS, Fixtures.rows(endpoint, Fixtures.query("seed-chn-partners.rq")));
    }
  }

  @Test
  void seedBuild_served_givesTheLibraryQueriesTheSameAnswersAsTheStore() throws Exception {
    Path store = build();
    CliTest.Run local = CliTest.run("query", "partners", "--store", store.toString(), "-f", "csv");
    assertEquals(0, local.exitCode(), local.err());
    ServeOptions options =
        new ServeOptions(
            store,
            "127.0.0.1",
            0,
            "/sdkg",
            new Access.ReadOnly(),
            java.time.Duration.ofSeconds(30),
            0,
            false,
            tmp.resolve("fuseki-run"),
            TestPaths.project().resolve("queries"));
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      CliTest.Run remote =
          CliTest.run(
              "query", "partners", "--endpoint", server.datasetUrl() + "/sparql", "-f", "csv");

      assertEquals(0, remote.exitCode(), remote.err());
      assertEquals(local.out(), remote.out());
      assertTrue(local.out().lines().count() > 1, local.out());
      assertEquals(
          SEED_PARTNERS,
          Fixtures.rows(server.datasetUrl(), Fixtures.query("seed-chn-partners.rq")));
    }
  }

  private Path build() {
    Path store = tmp.resolve("store");
    CliTest.Run r =
        CliTest.run(
            "build",
            "--articles",
            TestPaths.seedArticle().toString(),
            "--store",
            store.toString(),
            "--output",
            tmp.resolve("seed.ttl").toString());
    assertEquals(0, r.exitCode(), r.err());
    return store;
  }

  private static List<List<String>> localRows(Path store, String query) {
    try (TdbStore tdb = TdbStore.openExisting(store)) {
      return tdb.read(
          () -> {
            try (QueryExec exec =
                QueryExec.dataset(tdb.dataset()).query(Fixtures.query(query)).build()) {
              List<List<String>> rows = new ArrayList<>();
              exec.select()
                  .forEachRemaining(
                      b ->
                          rows.add(
                              List.of(b.get("g").getURI(), b.get("n").getLiteralLexicalForm())));
              return rows;
            }
          });
    }
  }
}
