package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.StandaloneFuseki;

/** {@code sdkg load} against the real standalone Fuseki server with an in-memory dataset. */
class LoadCommandTest {
  @TempDir static Path serverDir;
  static StandaloneFuseki fuseki;
  static String endpoint;

  @TempDir Path tmp;

  @BeforeAll
  static void startFuseki() throws Exception {
    fuseki = StandaloneFuseki.start(serverDir, "--update", "--mem", "/ds");
    endpoint = fuseki.url("/ds");
  }

  @AfterAll
  static void stopFuseki() {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  @BeforeEach
  void emptyServer() throws Exception {
    String dropAll =
        Files.readString(Path.of(getClass().getResource("/fixtures/drop-all.ru").toURI()));
    UpdateExecHTTP.service(endpoint).update(UpdateFactory.create(dropAll)).execute();
    assertEquals(0, Fixtures.countQuads(endpoint));
    assertEquals(0, Fixtures.countDefault(endpoint));
  }

  @Test
  void load_givenStore_putsEveryGraphAndSparqlReturnsTheCooperationRows() {
    Path store = Fixtures.createStore(tmp.resolve("store"));

    CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, "--store", store.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertLines(
        r.out(),
        "\\[1/3\\] PUT <https://w3id.org/sdkg/graph/article/a1>  13 triples  ok \\(\\d+\\.\\d\\d s\\)",
        "\\[2/3\\] PUT <https://w3id.org/sdkg/graph/merged>  9 triples  ok \\(\\d+\\.\\d\\d s\\)",
        "\\[3/3\\] PUT <https://w3id.org/sdkg/graph/ontology>  4 triples  ok \\(\\d+\\.\\d\\d s\\)",
        "loaded 3 of 3 graphs \\(26 triples\\) into "
            + Pattern.quote(endpoint)
            + " in \\d+\\.\\d s");
    assertEquals("", r.err());
    assertEquals(
        Fixtures.COOPERATION_ROWS, Fixtures.rows(endpoint, Fixtures.query("cooperation-rows.rq")));
  }

  @Test
  void load_twice_leavesEveryGraphsTripleCountUnchanged() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    List<List<String>> expected =
        List.of(
            List.of("https://w3id.org/sdkg/graph/article/a1", "13"),
            List.of("https://w3id.org/sdkg/graph/merged", "9"),
            List.of("https://w3id.org/sdkg/graph/ontology", "4"));

    assertEquals(
        0, CliTest.run("load", "--endpoint", endpoint, "--store", store.toString()).exitCode());
    assertEquals(expected, Fixtures.rows(endpoint, Fixtures.query("count-graphs.rq")));
    assertEquals(
        0, CliTest.run("load", "--endpoint", endpoint, "--store", store.toString()).exitCode());
    assertEquals(expected, Fixtures.rows(endpoint, Fixtures.query("count-graphs.rq")));
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
  }

  @Test
  void load_givenTrigFile_putsItsNamedGraphs() {
    CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, Fixtures.trig().toString());

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
    assertEquals(
        Fixtures.COOPERATION_ROWS, Fixtures.rows(endpoint, Fixtures.query("cooperation-rows.rq")));
  }

  @Test
  void load_givenTurtleWithoutGraph_skipsItWithTheFixAndLoadsTheRest() throws Exception {
    Path ttl =
        Files.writeString(tmp.resolve("extra.ttl"), "<https://e.org/s> <https://e.org/p> 1 .\n");

    CliTest.Run r =
        CliTest.run("load", "--endpoint", endpoint, ttl.toString(), Fixtures.trig().toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: "
            + ttl
            + ": Turtle holds triples without a graph name; add --graph IRI (replaces that graph)"
            + " or --default-graph (merges into the default graph)\n"
            + "sdkg: 1 file(s) skipped (see above); the rest was loaded\n",
        r.err());
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
  }

  @Test
  void load_givenSyntaxError_namesFileAndLineAndSendsNothing() throws Exception {
    Path bad =
        Files.writeString(
            tmp.resolve("bad.trig"),
            "<https://e.org/g> {\n  <https://e.org/s> <https://e.org/p> .\n}\n");

    CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, bad.toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith("sdkg: " + bad + ":2: "), r.err());
    assertTrue(
        r.err()
            .endsWith(
                "; fix the file\nsdkg: nothing to send: none of the 1 file(s) could be used (see above)\n"),
        r.err());
    assertEquals(0, Fixtures.countQuads(endpoint));
  }

  @Test
  void load_withGraphOption_replacesThatOneGraphWithTheFile() throws Exception {
    Path ttl =
        Files.writeString(
            tmp.resolve("extra.ttl"), "<https://e.org/s> <https://e.org/p> 1 , 2 .\n");

    CliTest.Run first =
        CliTest.run("load", "--endpoint", endpoint, "--graph", "https://e.org/g", ttl.toString());
    Files.writeString(ttl, "<https://e.org/s> <https://e.org/p> 3 .\n");
    CliTest.Run second =
        CliTest.run("load", "--endpoint", endpoint, "--graph", "https://e.org/g", ttl.toString());

    assertEquals(0, first.exitCode(), first.err());
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(
        List.of(List.of("https://e.org/g", "1")),
        Fixtures.rows(endpoint, Fixtures.query("count-graphs.rq")));
  }

  @Test
  void load_withDefaultGraphOption_mergesTheDistinctTriplesIntoTheDefaultGraph() {
    Path store = Fixtures.createStore(tmp.resolve("store"));

    CliTest.Run r =
        CliTest.run("load", "--endpoint", endpoint, "--store", store.toString(), "--default-graph");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("[1/3] POST default graph  13 triples  ok"), r.out());
    // article (13) + merged (9, of which 8 repeat the article's) + ontology (4)
    assertEquals(18, Fixtures.countDefault(endpoint));
    assertEquals(List.of(), Fixtures.rows(endpoint, Fixtures.query("count-graphs.rq")));
  }

  @Test
  void load_dryRun_listsWhatWouldBeSentAndSendsNothing() {
    Path store = Fixtures.createStore(tmp.resolve("store"));

    CliTest.Run r =
        CliTest.run("load", "--endpoint", endpoint, "--store", store.toString(), "--dry-run");

    assertEquals(0, r.exitCode(), r.err());
    String from = "  from store " + store + "\n";
    assertEquals(
        "would PUT <https://w3id.org/sdkg/graph/article/a1>  13 triples"
            + from
            + "would PUT <https://w3id.org/sdkg/graph/merged>  9 triples"
            + from
            + "would PUT <https://w3id.org/sdkg/graph/ontology>  4 triples"
            + from
            + "dry run: 3 graphs, 26 triples for "
            + endpoint
            + "/data; nothing sent\n",
        r.out());
    assertEquals(0, Fixtures.countQuads(endpoint));
  }

  @Test
  void load_toUnknownDataset_failsWith404AndTheFix() {
    Path store = Fixtures.createStore(tmp.resolve("store"));

    CliTest.Run r =
        CliTest.run("load", "--endpoint", fuseki.url("/nope"), "--store", store.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: "
            + fuseki.url("/nope")
            + ": no such dataset on the server (HTTP 404); check the dataset name at the end of"
            + " --endpoint\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void load_withGraphOptionAndStore_isUsageError() {
    CliTest.Run r =
        CliTest.run("load", "--endpoint", endpoint, "--store", "x", "--graph", "https://e.org/g");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().startsWith("--graph applies to FILEs; a store keeps its own graph names\n"),
        r.err());
  }

  @Test
  void load_endpointWithoutDataset_isUsageErrorNamingTheFix() {
    CliTest.Run r = CliTest.run("load", "--endpoint", "http://localhost:3030/", "--store", "x");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "--endpoint http://localhost:3030/: names no dataset; add it, e.g. http://localhost:3030/ds\n"),
        r.err());
  }

  @Test
  void load_missingStore_failsNamingTheFolder() {
    Path missing = tmp.resolve("no-store");

    CliTest.Run r = CliTest.run("load", "--endpoint", endpoint, "--store", missing.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: no store at "
            + missing
            + "; run sdkg build first, or point --store at the store folder\n",
        r.err());
  }

  static void assertLines(String text, String... patterns) {
    List<String> lines = text.lines().toList();
    assertEquals(patterns.length, lines.size(), text);
    for (int i = 0; i < patterns.length; i++) {
      assertTrue(lines.get(i).matches(patterns[i]), "line " + (i + 1) + ": " + lines.get(i));
    }
  }
}
