package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.cli.CliTest.Run;
import org.sdkg.query.QueryFixtures;

/** {@code sdkg query} as a user runs it: exit codes, stdout, stderr. */
class QueryCommandTest {
  private static final String MALARIA =
      "Citing China's cooperation with Comoros in fighting malaria, Qin highlighted that China has"
          + " been helping developing countries to localize mature and applicable technologies,"
          + " establish joint laboratories, conduct joint research, train local people on"
          + " applicable technologies and carry out exchanges among young scientists.";

  @TempDir static Path tmp;
  private static String store;

  @BeforeAll
  static void buildStore() {
    store = QueryFixtures.buildStore(tmp.resolve("store")).toString();
  }

  private static Run query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--store";
    all[2] = store;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliTest.run(all);
  }

  @Test
  void partnersOfChinaOnMalaria_asCsv_givesComorosWithTheEvidenceSentence() {
    Run r = query("partners", "--param", "country=CHN", "--param", "topic=malaria", "-f", "csv");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "partner,partner_name,topic,mentions,first_reported,last_reported,first_evidence\r\n"
            + "COM,Comoros,malaria,3,2021-12-19,2022-03-10,\""
            + MALARIA
            + "\"\r\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void table_alignsColumnsRightAlignsNumbersAndCutsLongCells() {
    Run r = query("partners", "-p", "topic=malaria", "-f", "table", "--width", "20");

    assertEquals(
        """
        partner  partner_name  topic    mentions  first_reported  last_reported  first_evidence
        -------  ------------  -------  --------  --------------  -------------  --------------------
        COM      Comoros       malaria         3  2021-12-19      2022-03-10     Citing China's coop…
        (1 row)
        """,
        r.out());
  }

  @Test
  void table_showsIrisAsPrefixedNames() {
    Run r =
        query(
            "-f",
            "table",
            "-e",
            "PREFIX country: <https://w3id.org/sdkg/id/country/>\n"
                + "PREFIX sd: <https://w3id.org/sdkg/ontology#>\n"
                + "SELECT ?c ?other WHERE { ?c sd:alpha3 \"COM\" ; sd:cooperatesWith ?other }");

    assertEquals(
        """
        c            other
        -----------  -----------
        country:COM  country:CHN
        (1 row)
        """,
        r.out());
  }

  @Test
  void table_knowsTheOntologyPrefixesWithoutPrefixDeclarations() {
    Run r =
        query(
            "-f",
            "table",
            "-e",
            "SELECT DISTINCT ?kind ?topic WHERE { ?c <https://w3id.org/sdkg/ontology#kind> ?kind ;"
                + " <https://w3id.org/sdkg/ontology#topic> ?topic ;"
                + " <https://w3id.org/sdkg/ontology#giver> ?giver } ORDER BY ?topic");

    assertEquals(
        """
        kind    topic
        ------  --------------
        sd:Aid  topic:malaria
        sd:Aid  topic:research
        (2 rows)
        """,
        r.out());
  }

  @Test
  void tsv_writesSparqlTermsTabSeparated() {
    Run r = query("countries", "-f", "tsv");

    assertEquals(
        "?code\t?name\t?qid\t?cooperations\n"
            + "\"CHN\"\t\"China\"\t\"Q148\"\t10\n"
            + "\"COM\"\t\"Comoros\"\t\"Q970\"\t3\n"
            + "\"USA\"\t\"United States\"\t\"Q30\"\t4\n",
        r.out());
  }

  @Test
  void jsonAndXml_areSparqlResultsThatReadBackToTheSameRows() {
    for (String format : List.of("json", "xml")) {
      Run r = query("countries", "-f", format);
      assertEquals(0, r.exitCode(), r.err());
      ResultSet rs =
          ResultSetMgr.read(
              new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
              format.equals("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML);
      assertEquals(List.of("code", "name", "qid", "cooperations"), rs.getResultVars());
      StringBuilder rows = new StringBuilder();
      rs.forEachRemaining(
          s ->
              rows.append(s.getLiteral("code").getString())
                  .append(' ')
                  .append(s.getLiteral("cooperations").getInt())
                  .append(';'));
      assertEquals("CHN 10;COM 3;USA 4;", rows.toString(), format);
    }
  }

  @Test
  void construct_printsTurtleThatParsesToTheConstructedTriples() {
    Run r =
        query(
            "-e",
            "PREFIX sd: <https://w3id.org/sdkg/ontology#>\n"
                + "PREFIX schema: <https://schema.org/>\n"
                + "CONSTRUCT { ?c schema:name ?n } WHERE { ?c sd:alpha3 \"COM\" ; schema:name ?n }");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        """
        PREFIX schema: <https://schema.org/>

        <https://w3id.org/sdkg/id/country/COM>
                schema:name  "Comoros" .
        """,
        r.out());
    Graph expected = GraphFactory.createDefaultGraph();
    expected.add(
        Triple.create(
            NodeFactory.createURI("https://w3id.org/sdkg/id/country/COM"),
            NodeFactory.createURI("https://schema.org/name"),
            NodeFactory.createLiteralString("Comoros")));
    Graph printed = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
    assertTrue(expected.isIsomorphicWith(printed), r.out());
  }

  @Test
  void describe_printsTheResourceAsTurtle() {
    Run r = query("-e", "DESCRIBE <https://w3id.org/sdkg/id/country/COM>", "-f", "nt");

    assertEquals(0, r.exitCode(), r.err());
    Graph printed = RDFParser.fromString(r.out(), Lang.NTRIPLES).toGraph();
    assertEquals(6, printed.size(), r.out());
    assertTrue(
        printed.contains(
            NodeFactory.createURI("https://w3id.org/sdkg/id/country/COM"),
            NodeFactory.createURI("https://w3id.org/sdkg/ontology#cooperatesWith"),
            NodeFactory.createURI("https://w3id.org/sdkg/id/country/CHN")),
        r.out());
  }

  @Test
  void graphOption_onAQueryWithItsOwnFrom_isRefused() {
    Run r =
        query(
            "--graph",
            QueryFixtures.SEED_GRAPH,
            "-e",
            "SELECT * FROM <https://w3id.org/sdkg/graph/merged> WHERE { ?s ?p ?o }");

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: -e chooses its own graphs with FROM; drop --graph or the FROM clauses\n", r.err());
  }

  @Test
  void ask_printsTrueOrFalse() {
    assertEquals("true\n", query("-f", "table", "-e", "ASK { ?s ?p \"Comoros\" }").out());
    assertEquals("false\n", query("-f", "table", "-e", "ASK { ?s ?p \"Atlantis\" }").out());
  }

  @Test
  void list_printsNamesTitlesAndParametersWithDefaults() {
    Run r = CliTest.run("query", "--list");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        """
        aid               Aid flows                                   from to topic
        articles          Articles mentioning a country               country=CHN
        countries         Countries in the graph
        evidence          Evidence for a pair of countries            a=CHN b=USA topic
        matrix            Country x topic matrix                      min_total=1
        network           Cooperation network                         topic min_mentions=1
        partners          Partners of a country                       country=CHN topic
        projects          Projects and their participants             country topic
        statements        Who said what                               name country
        topics            Topics
        topics-over-time  Topics over time                            granularity=year topic
        watchlist         Suspended, ended and proposed cooperations  status country
        """,
        r.out());
  }

  @Test
  void injectionAsCountryCode_isRejectedWithExit1() {
    Run r = query("partners", "--param", "country=> } ; DROP ALL #");

    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertEquals(
        "sdkg: unknown country code '> } ; DROP ALL #'; use an ISO 3166-1 alpha-3 code such as"
            + " CHN; try `sdkg query countries`\n",
        r.err());
  }

  @Test
  void injectionAsFreeText_isJustANameNobodyHas() {
    Run r = query("statements", "--param", "name=> } ; DROP ALL #", "-f", "csv");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("date,person,role,represents,statement\r\n", r.out());
    Run count =
        query(
            "-f",
            "tsv",
            "-e",
            "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/sdkg/ontology#Statement> }");
    assertEquals("?n\n4\n", count.out(), "the statements are all still there");
  }

  @Test
  void unknownTopic_pointsToTheTopicsQuery() {
    Run r = query("partners", "-p", "topic=weather");

    assertEquals(1, r.exitCode());
    assertEquals("sdkg: unknown topic code 'weather'; try `sdkg query topics`\n", r.err());
  }

  @Test
  void missingStore_saysToBuildFirst() {
    Path missing = tmp.resolve("nothing-here");
    Run r = CliTest.run("query", "countries", "--store", missing.toString());

    assertEquals(1, r.exitCode());
    assertEquals("sdkg: no store at " + missing + "; run `sdkg build` first\n", r.err());
    assertTrue(Files.notExists(missing), "query must never create a store");
  }

  @Test
  void syntaxError_namesFileLineAndColumn() throws Exception {
    Path bad = tmp.resolve("bad.rq");
    Files.writeString(bad, "# title: Broken\nSELECT * WHERE {\n  ?s ?p \"unterminated\n}\n");

    Run r = query(bad.toString());

    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "sdkg: " + bad + ":3:22: syntax error: Lexical error at line 3, column 22."),
        r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  /**
   * The library queries that join grouped subqueries by hashing, cancelled at once: each run either
   * finishes in time or says it was cancelled, never an internal error (Jena 5.6.0 fails closing a
   * hash join the timeout stopped before it started: {@code CancelledHashJoin}).
   */
  @Test
  void hashJoiningQueries_atATinyTimeout_areCancelledOrAnswered_neverAnInternalError() {
    String cancelled =
        "sdkg: the query was cancelled after 1 ms (--timeout); narrow it with parameters or"
            + " allow more time, e.g. --timeout 5m\n";
    for (String name : List.of("network", "aid", "countries", "projects", "watchlist")) {
      for (int i = 0; i < 5; i++) {
        Run r = query(name, "--timeout", "1ms", "-f", "csv");
        if (r.exitCode() != 0) {
          assertEquals(cancelled, r.err(), name);
          assertEquals(1, r.exitCode(), name);
        }
      }
    }
  }

  @Test
  void slowQuery_isCancelledAtTheTimeoutWithExit1() {
    long started = System.nanoTime();
    Run r =
        query(
            "--timeout",
            "300ms",
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: the query was cancelled after 300 ms (--timeout); narrow it with parameters or"
            + " allow more time, e.g. --timeout 5m\n",
        r.err());
    assertTrue(seconds < 30, "took " + seconds + " s");
  }

  @Test
  void badGraphIri_isExplained() {
    Run r = query("countries", "--graph", "article 1");

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: --graph article 1 is not an absolute IRI; use a graph name such as"
            + " https://w3id.org/sdkg/graph/article/ID\n",
        r.err());
  }

  @Test
  void formatThatDoesNotFit_isRefusedBeforeRunning() {
    Run r = query("countries", "-f", "ttl");

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: --format ttl is for CONSTRUCT and DESCRIBE queries; this query gives rows: use"
            + " table, csv, tsv, json or xml\n",
        r.err());
  }

  @Test
  void usageMistakes_exitWith2() {
    assertEquals(2, CliTest.run("query").exitCode());
    assertEquals(2, CliTest.run("query", "countries", "-e", "ASK {}").exitCode());
    assertEquals(
        2,
        CliTest.run("query", "countries", "--store", store, "--endpoint", "http://localhost:1/")
            .exitCode());
    Run badFormat = query("countries", "-f", "yaml");
    assertEquals(2, badFormat.exitCode());
    assertTrue(
        badFormat
            .err()
            .startsWith(
                "Invalid value for option '--format': unknown format 'yaml'; use table, csv,"),
        badFormat.err());
    assertEquals(2, query("countries", "--timeout", "soon").exitCode());
  }
}
