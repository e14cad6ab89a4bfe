package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.TestPaths;
import org.sdkg.cli.CliTest.Run;
import org.sdkg.query.QueryFixtures;
import org.sdkg.query.QueryLibrary;

/**
 * {@code sdkg query --endpoint} against a real standalone Fuseki serving the store the way
 * docs/queries.md tells users to serve it (a TDB2 dataset with {@code tdb2:unionDefaultGraph
 * true}): every library query gives the same output as on the embedded store.
 */
class QueryEndpointTest {
  @TempDir static Path tmp;
  private static Path store;
  private static final Map<String, String> FROM_STORE = new LinkedHashMap<>();
  private static final List<String> NAMES =
      QueryLibrary.in(TestPaths.project().resolve("queries")).names();
  private static StandaloneFuseki fuseki;

  @BeforeAll
  static void answerFromStoreThenServeIt() throws Exception {
    store = QueryFixtures.buildStore(tmp.resolve("store"));
    for (String name : NAMES) {
      FROM_STORE.put(
          name, expectOk(CliTest.run("query", name, "--store", store.toString(), "-f", "csv")));
    }
    FROM_STORE.put("seed-graph", expectOk(seedGraphPartners("--store", store.toString())));
    Path config = tmp.resolve("sdkg-fuseki.ttl");
    Files.writeString(
        config,
        """
        PREFIX fuseki: <http://jena.apache.org/fuseki#>
        PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
        PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

        <#service> rdf:type fuseki:Service ;
            fuseki:name "sdkg" ;
            fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
            fuseki:dataset <#dataset> .

        <#dataset> rdf:type tdb2:DatasetTDB2 ;
            tdb2:location "%s" ;
            tdb2:unionDefaultGraph true .
        """
            .formatted(store.toString().replace("\\", "/")));
    fuseki = StandaloneFuseki.start(tmp, "--config", config.toString());
  }

  @AfterAll
  static void stopFuseki() throws Exception {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  private static String endpoint() {
    return fuseki.base() + "/sdkg/sparql";
  }

  @Test
  void everyLibraryQuery_givesTheSameCsvFromFusekiAsFromTheStore() {
    for (String name : NAMES) {
      Run r = CliTest.run("query", name, "--endpoint", endpoint(), "-f", "csv");
      assertEquals(FROM_STORE.get(name), expectOk(r), name);
    }
  }

  @Test
  void graphOption_narrowsTheEndpointToOneArticleToo() {
    assertEquals(
        FROM_STORE.get("seed-graph"), expectOk(seedGraphPartners("--endpoint", endpoint())));
  }

  @Test
  void storeServedByFuseki_isReportedAsInUse() {
    Run r = CliTest.run("query", "countries", "--store", store.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: the store "
            + store
            + " is in use by process "
            + fuseki.pid()
            + " (a running Fuseki or sdkg serve?); query that server with --endpoint URL, or stop"
            + " it\n",
        r.err());
  }

  @Test
  void wrongEndpointPath_isReportedWithTheStatus() {
    String wrong = fuseki.base() + "/nothing/sparql";
    Run r = CliTest.run("query", "countries", "--endpoint", wrong);

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: "
            + wrong
            + " answered 404 Not Found; check the URL names the query endpoint (e.g. --endpoint"
            + " http://localhost:3030/sdkg/sparql)\n",
        r.err());
  }

  private static Run seedGraphPartners(String... target) {
    String[] args = {
      "query", "partners", "--graph", QueryFixtures.SEED_GRAPH, "-f", "csv", target[0], target[1]
    };
    return CliTest.run(args);
  }

  private static String expectOk(Run r) {
    assertEquals(0, r.exitCode(), r.err());
    return r.out();
  }
}
