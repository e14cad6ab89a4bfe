package org.sdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdkg.TestPaths;
import org.sdkg.query.QueryLibrary;
import org.sdkg.query.QueryText;

/** {@link RegexGuard}: same answers as Jena, and a stuck regex ends wherever it sits. */
class RegexGuardTest {
  private static final String PREFIXES =
      "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
          + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

  /** Backtracks through C(38, 10) splits before failing at the '!': about a minute. */
  private static final String STUCK = "\"^(.*a){10}$\"";

  private static final String LITERALS =
      """
      <https://e.org/s1> <https://e.org/p> "Alpha beta" .
      <https://e.org/s2> <https://e.org/p> "alpha"@en .
      <https://e.org/s3> <https://e.org/p> "ab12cd34"^^<http://www.w3.org/2001/XMLSchema#string> .
      <https://e.org/s4> <https://e.org/p> 42 .
      <https://e.org/s5> <https://e.org/p> <https://e.org/iri> .
      <https://e.org/s6> <https://e.org/p> "a.b.c" .
      """;

  private static DatasetGraph dataset(String turtle) {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(ds);
    return ds;
  }

  private static List<String> rows(DatasetGraph ds, Query query) {
    List<String> rows = new ArrayList<>();
    try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
      RowSet rs = exec.select();
      rs.forEachRemaining(b -> rows.add(b.toString()));
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?s (REGEX(?o, '^a', 'i') AS ?m) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, 'be.a')) } ORDER BY ?s",
        "SELECT ?s { ?s ?p ?o BIND('^AL' AS ?pat) FILTER(REGEX(?o, ?pat, 'i')) } ORDER BY ?s",
        "SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, '.', 'q')) } ORDER BY ?s",
        "SELECT ?s { ?s ?p ?o BIND('z' AS ?f) FILTER(REGEX(?o, 'a', ?f)) } ORDER BY ?s",
        "SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, ?nope)) } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, 'a', 'A') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, '(\\\\d+)', '[$1]') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, 'x*', '-') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, '.', '!', 'q') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, 'A', 'z', 'i') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (REPLACE(?o, 'zzz', 'y') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (fn:matches(?o, 'ALPHA', 'i') AS ?m) { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s (fn:replace(?o, 'a', 'o') AS ?r) { ?s ?p ?o } ORDER BY ?s",
        "SELECT (REGEX('abc', 'B', 'i') AS ?m) (REPLACE('abc', 'b', 'x') AS ?r) {}"
      })
  void rewrite_answersExactlyAsJena(String sparql) {
    DatasetGraph ds = dataset(LITERALS);
    Query plain = QueryFactory.create(PREFIXES + sparql);
    Query guarded = RegexGuard.rewrite(plain, Duration.ofMinutes(1));

    List<String> expected = rows(ds, plain);

    assertEquals(expected, rows(ds, guarded));
  }

  @Test
  void rewrite_leavesEveryLibraryQueryAsItWas() {
    for (QueryText text : QueryLibrary.in(TestPaths.project().resolve("queries")).all()) {
      Query query = QueryFactory.create(text.text());

      assertEquals(
          query.serialize(),
          RegexGuard.rewrite(query, Duration.ofSeconds(30)).serialize(),
          text.name());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, STUCK)) }",
        "SELECT ?s ?m { ?s ?p ?o BIND(REGEX(?o, STUCK) AS ?m) }",
        "SELECT (REGEX(?o, STUCK) AS ?m) { ?s ?p ?o }",
        "SELECT ?s { { SELECT ?s ?o { ?s ?p ?o FILTER(REGEX(?o, STUCK)) } } }",
        "SELECT ?s { ?s ?p ?o FILTER EXISTS { ?s ?q ?o2 FILTER(REGEX(?o2, STUCK)) } }",
        "SELECT ?s { ?s ?p ?o } ORDER BY (REGEX(?o, STUCK))",
        "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (REGEX(SAMPLE(?o), STUCK))",
        "SELECT (REPLACE(?o, STUCK, 'x') AS ?r) { ?s ?p ?o }",
        "SELECT (fn:matches(?o, STUCK) AS ?m) { ?s ?p ?o }",
        "SELECT (fn:replace(?o, STUCK, 'x') AS ?r) { ?s ?p ?o }",
        "SELECT * { FILTER(REGEX('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', STUCK)) }"
      })
  void stuckRegex_endsAtTheDeadline_whereverItIsInTheQuery(String sparql) {
    String text = "\"" + "a".repeat(38) + "!\"";
    // Two rows, so that ORDER BY has something to compare.
    DatasetGraph ds =
        dataset(
            "<https://e.org/s1> <https://e.org/p> "
                + text
                + " . <https://e.org/s2> <https://e.org/p> "
                + text
                + " .");
    Query query = QueryFactory.create(PREFIXES + sparql.replace("STUCK", STUCK));
    long start = System.nanoTime();

    assertThrows(
        QueryCancelledException.class,
        () -> rows(ds, RegexGuard.rewrite(query, Duration.ofMillis(300))));

    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }

  @Test
  void stuckRegex_endsWhenJenasTimeoutCancelsTheQuery() {
    DatasetGraph ds = dataset("<https://e.org/s> <https://e.org/p> \"" + "a".repeat(38) + "!\" .");
    Query query =
        RegexGuard.rewrite(
            QueryFactory.create("SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, " + STUCK + ")) }"),
            Duration.ofHours(1));
    long start = System.nanoTime();

    assertThrows(
        QueryCancelledException.class,
        () -> {
          try (QueryExec exec =
              QueryExec.dataset(ds).query(query).timeout(300, TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(b -> {});
          }
        });

    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }
}
