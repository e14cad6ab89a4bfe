package org.sdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.Http;
import org.sdkg.TestPaths;
import org.sdkg.query.QueryLibrary;

/** The embedded server in its default, read-only configuration: every endpoint, every format. */
class EmbeddedFusekiTest {
  private static final String MERGED = "https://w3id.org/sdkg/graph/merged";

  @TempDir static Path tmp;
  static EmbeddedFuseki server;
  static String ds;
  static DatasetGraph expected;

  @BeforeAll
  static void start() {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    server = EmbeddedFuseki.start(ServeTesting.options(store, new Access.ReadOnly()));
    ds = server.datasetUrl();
    expected = DatasetGraphFactory.createGeneral();
    RDFDataMgr.read(expected, Fixtures.trig().toString());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void start_withPortZero_bindsAFreeLoopbackPortAndReportsIt() {
    assertTrue(server.port() > 0);
    assertEquals("http://127.0.0.1:" + server.port() + "/sdkg", ds);
  }

  @Test
  void queryEndpoints_allAnswerTheCooperationRows() {
    Query q = Fixtures.query("cooperation-rows.rq");
    for (String endpoint : List.of(ds, ds + "/sparql", ds + "/query")) {
      assertEquals(Fixtures.COOPERATION_ROWS, Fixtures.rows(endpoint, q), endpoint);
    }
  }

  @Test
  void query_negotiatesCsvAndTsv() {
    String q = Fixtures.query("cooperation-rows.rq").toString();
    String sentence = "China and Comoros have worked together on malaria.";

    Http.Response csv = Http.query(ds + "/sparql", q, "text/csv");
    Http.Response tsv = Http.query(ds + "/sparql", q, "text/tab-separated-values");

    assertEquals(200, csv.status());
    assertEquals("text/csv", csv.contentType());
    assertEquals(
        "country,topic,text\r\n"
            + "China,https://w3id.org/sdkg/topic/malaria,"
            + sentence
            + "\r\n"
            + "Comoros,https://w3id.org/sdkg/topic/malaria,"
            + sentence
            + "\r\n",
        csv.body());
    assertEquals(200, tsv.status());
    assertEquals("text/tab-separated-values", tsv.contentType());
    assertEquals(
        "?country\t?topic\t?text\n"
            + "\"China\"\t<https://w3id.org/sdkg/topic/malaria>\t\""
            + sentence
            + "\"\n"
            + "\"Comoros\"\t<https://w3id.org/sdkg/topic/malaria>\t\""
            + sentence
            + "\"\n",
        tsv.body());
  }

  @Test
  void query_negotiatesJsonAndXmlResults() {
    String q = Fixtures.query("cooperation-rows.rq").toString();

    Http.Response json = Http.query(ds + "/query", q, "application/sparql-results+json");
    Http.Response xml = Http.query(ds + "/query", q, "application/sparql-results+xml");

    assertEquals(200, json.status());
    assertEquals("application/sparql-results+json", json.contentType());
    assertEquals(Fixtures.COOPERATION_ROWS, rows(json.body(), ResultSetLang.RS_JSON));
    assertEquals(200, xml.status());
    assertEquals("application/sparql-results+xml", xml.contentType());
    assertEquals(Fixtures.COOPERATION_ROWS, rows(xml.body(), ResultSetLang.RS_XML));
  }

  @Test
  void graphReads_negotiateEveryGraphFormat() {
    Graph merged = expected.getGraph(NodeFactory.createURI(MERGED));
    Map<String, Lang> formats =
        Map.of(
            "text/turtle", Lang.TURTLE,
            "application/n-triples", Lang.NTRIPLES,
            "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML);
    for (String service : List.of("/get", "/data")) {
      for (var f : formats.entrySet()) {
        Http.Response r = Http.get(ds + service + "?graph=" + MERGED, f.getKey());
        assertEquals(200, r.status(), service + " " + f.getKey());
        assertEquals(f.getKey(), r.contentType());
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(f.getValue()).parse(got);
        assertTrue(got.isIsomorphicWith(merged), service + " " + f.getKey() + ":\n" + r.body());
      }
    }
  }

  @Test
  void datasetRead_negotiatesTrigAndNQuads() {
    for (var f :
        Map.of("application/trig", Lang.TRIG, "application/n-quads", Lang.NQUADS).entrySet()) {
      Http.Response r = Http.get(ds + "/get", f.getKey());
      assertEquals(200, r.status(), f.getKey());
      assertEquals(f.getKey(), r.contentType());
      DatasetGraph got = DatasetGraphFactory.createGeneral();
      RDFParser.create().source(new StringReader(r.body())).lang(f.getValue()).parse(got);
      assertTrue(IsoMatcher.isomorphic(expected, got), f.getKey() + ":\n" + r.body());
    }
  }

  @Test
  void serverEndpoints_pingStatsAndDatasetList_answer() {
    Http.Response ping = Http.get(server.baseUrl() + "/$/ping", "*/*");
    Http.Response stats = Http.get(server.baseUrl() + "/$/stats", "application/json");
    Http.Response datasets = Http.get(server.baseUrl() + "/$/server", "application/json");

    assertEquals(200, ping.status());
    assertEquals(200, stats.status());
    assertTrue(stats.body().contains("\"/sdkg\""), stats.body());
    assertEquals(200, datasets.status());
    assertTrue(datasets.body().contains("\"ds.name\" : \"/sdkg\""), datasets.body());
  }

  @Test
  void ui_servesTheFusekiPageAndItsScripts() {
    Http.Response page = Http.get(server.baseUrl() + "/", "text/html");
    assertEquals(200, page.status());
    assertEquals("text/html", page.contentType());
    assertTrue(page.body().contains("<title>Apache Jena Fuseki UI</title>"), page.body());
    Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(page.body());
    assertTrue(script.find(), page.body());

    Http.Response js = Http.get(server.baseUrl() + "/" + script.group(1), "*/*");
    assertEquals(200, js.status());
    assertEquals("text/javascript", js.contentType());
  }

  @Test
  void writes_areRefusedEverywhereAndTheStoreIsUnchanged() {
    String insert = ServeTesting.update("insert-one.ru");
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";

    Http.Response update =
        Http.send("POST", ds + "/update", "application/sparql-update", insert, null);
    Http.Response updateViaSparql =
        Http.send("POST", ds + "/sparql", "application/sparql-update", insert, null);
    Http.Response updateViaDataset =
        Http.send("POST", ds, "application/sparql-update", insert, null);
    Http.Response put = Http.send("PUT", ds + "/data?graph=" + MERGED, "text/turtle", turtle, null);
    Http.Response post = Http.send("POST", ds + "/get?default", "text/turtle", turtle, null);

    assertEquals(405, update.status(), update.body());
    assertEquals(415, updateViaSparql.status(), updateViaSparql.body());
    assertEquals(400, updateViaDataset.status(), updateViaDataset.body());
    assertEquals(405, put.status(), put.body());
    assertEquals(405, post.status(), post.body());
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(ds));
  }

  @Test
  void queries_seeTheUnionOfTheNamedGraphsAsDefaultGraph() {
    // article (13) + merged (9, of which 8 repeat the article's) + ontology (4)
    assertEquals(18, Fixtures.countDefault(ds));
    assertEquals(18, Fixtures.countDefault(ds + "/query"));
    Http.Response realDefault = Http.get(ds + "/get?default", "application/n-triples");
    assertEquals(200, realDefault.status());
    assertEquals("", realDefault.body());
  }

  @Test
  void examplesPage_linksEveryLibraryQueryIntoTheUiAndEachLinkRuns() throws Exception {
    List<String> names = QueryLibrary.locate(TestPaths.project().resolve("queries")).names();

    Http.Response page = Http.get(server.baseUrl() + "/examples", "text/html");

    assertEquals(200, page.status());
    assertEquals("text/html", page.contentType());
    Matcher link =
        Pattern.compile("<a href=\"/#/dataset/sdkg/query\\?query=([^\"]+)\">").matcher(page.body());
    List<String> queries = new ArrayList<>();
    while (link.find()) {
      queries.add(
          URLDecoder.decode(Parser.unescapeEntities(link.group(1), true), StandardCharsets.UTF_8));
    }
    assertEquals(names.size(), queries.size(), page.body());
    for (String q : queries) {
      Http.Response r = Http.query(ds + "/sparql", q, "text/csv");
      assertEquals(200, r.status(), q + "\n" + r.body());
    }
    assertTrue(page.body().contains("<code>partners</code>"), page.body());
    String partners = queries.get(names.indexOf("partners"));
    assertTrue(
        partners.startsWith(
            "# Partners of a country\n# parameter country = CHN (edit it in the query)\n"),
        partners);
  }

  @Test
  void adminApi_isNotServed() {
    String base = server.baseUrl();

    Http.Response create =
        Http.send(
            "POST",
            base + "/$/datasets",
            "application/x-www-form-urlencoded",
            "dbName=x&dbType=mem",
            null);
    Http.Response delete = Http.send("DELETE", base + "/$/datasets/sdkg", "text/plain", "", null);
    Http.Response backup = Http.send("POST", base + "/$/backup/sdkg", "text/plain", "", null);
    Http.Response compact = Http.send("POST", base + "/$/compact/sdkg", "text/plain", "", null);

    // Only the UI's static-file handler sees these paths, and it never writes.
    assertEquals(
        List.of(405, 405, 405, 405),
        List.of(create.status(), delete.status(), backup.status(), compact.status()));
    assertEquals(404, Http.get(base + "/$/datasets", "application/json").status());
    assertEquals(404, Http.get(base + "/$/backups-list", "application/json").status());
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(ds));
  }

  @Test
  void serviceClause_isRefused() {
    Query q = ServeTesting.serviceQuery(ds + "/sparql");

    Http.Response r = Http.query(ds + "/sparql", q.toString(), "application/sparql-results+json");

    assertEquals(422, r.status(), r.body());
    assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
  }

  private static List<List<String>> rows(String body, Lang lang) {
    ResultSet rs =
        ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
    List<List<String>> rows = new ArrayList<>();
    rs.forEachRemaining(
        s ->
            rows.add(
                rs.getResultVars().stream()
                    .map(
                        v ->
                            s.get(v).isLiteral()
                                ? s.getLiteral(v).getLexicalForm()
                                : s.getResource(v).getURI())
                    .toList()));
    return rows;
  }
}
