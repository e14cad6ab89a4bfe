package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.StandaloneFuseki;
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

  /**
   * Every query with parameters that narrow it to a non-empty answer: each substituted value must
   * reach the server as valid SPARQL (a topic used as a sort key once became a bare literal in
   * {@code ORDER BY} and the server answered 400).
   */
  private static final Map<String, List<String>> NARROWED =
      Map.of(
          "aid", List.of("to=COM", "topic=malaria"),
          "articles", List.of("country=CHN"),
          "evidence", List.of("a=CHN", "b=COM", "topic=malaria"),
          "matrix", List.of("min_total=1"),
          "network", List.of("topic=climate", "min_mentions=1"),
          "partners", List.of("country=CHN", "topic=malaria"),
          "projects", List.of("country=CHN", "topic=space"),
          "statements", List.of("name=qin", "country=CHN"),
          "topics-over-time", List.of("granularity=month", "topic=malaria"),
          "watchlist", List.of("country=USA", "status=suspended"));

  private static final Map<String, String> NARROWED_FROM_STORE = new LinkedHashMap<>();

  @BeforeAll
  static void answerFromStoreThenServeIt() throws Exception {
    store = QueryFixtures.buildStore(tmp.resolve("store"));
    for (String name : NAMES) {
      FROM_STORE.put(
          name, expectOk(CliTest.run("query", name, "--store", store.toString(), "-f", "csv")));
    }
    FROM_STORE.put("seed-graph", expectOk(seedGraphPartners("--store", store.toString())));
    for (var q : NARROWED.entrySet()) {
      NARROWED_FROM_STORE.put(
          q.getKey(), expectOk(narrowed(q.getKey(), "--store", store.toString())));
    }
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
  void everyLibraryQuery_withItsParametersGiven_givesTheSameCsvFromFusekiAsFromTheStore() {
    for (String name : NARROWED.keySet()) {
      String fromStore = NARROWED_FROM_STORE.get(name);
      assertTrue(fromStore.strip().lines().count() > 1, name + " answers rows: " + fromStore);
      assertEquals(fromStore, expectOk(narrowed(name, "--endpoint", endpoint())), name);
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
    // A short query goes as GET, which Fuseki answers 404 on a path it does not serve (a long one
    // goes as POST, answered 405).
    Run r = CliTest.run("query", "-e", "ASK { ?s ?p ?o }", "--endpoint", wrong);

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: "
            + wrong
            + " answered 404 Not Found; check the URL names the query endpoint (e.g. --endpoint"
            + " http://localhost:3030/sdkg/sparql)\n",
        r.err());
  }

  private static Run narrowed(String name, String... target) {
    List<String> args = new ArrayList<>(List.of("query", name, "-f", "csv", target[0], target[1]));
    for (String p : NARROWED.get(name)) {
      args.add("-p");
      args.add(p);
    }
    return CliTest.run(args.toArray(String[]::new));
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
