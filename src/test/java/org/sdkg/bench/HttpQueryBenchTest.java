package org.sdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.TestPaths;

class HttpQueryBenchTest {
  @Test
  void percentile_usesNearestRank() {
    double[] v = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    assertEquals(50, HttpQueryBench.percentile(v, 50));
    assertEquals(100, HttpQueryBench.percentile(v, 95));
    assertEquals(10, HttpQueryBench.percentile(v, 1));
    assertEquals(100, HttpQueryBench.percentile(v, 100));
  }

  @Test
  void benchQueries_coverTheWholeLibrary_withDefaultParametersSubstituted() throws IOException {
    Path folder = TestPaths.project().resolve("queries");
    List<String> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
    }
    List<BenchQueries.Named> queries = BenchQueries.load(folder);
    assertEquals(files, queries.stream().map(BenchQueries.Named::name).sorted().toList());
    BenchQueries.Named partners =
        queries.stream().filter(q -> q.name().equals("partners")).findFirst().orElseThrow();
    // partners declares country with default CHN: the substitution puts CHN in the pattern, and
    // the variable, which partners does not project, is gone.
    assertTrue(partners.sparql().matches("(?s).*sd:alpha3 +\"CHN\".*"), partners.sparql());
    assertFalse(partners.sparql().contains("country"), partners.sparql());
    for (BenchQueries.Named q : queries) {
      QueryFactory.create(q.sparql());
    }
  }

  @Test
  void interactiveParameters_narrowTheNamedQueries_andKeepDefaultsElsewhere() {
    Path project = TestPaths.project();
    Map<String, Map<String, String>> parameters =
        BenchQueries.readParameters(project.resolve("bench/interactive.params"));
    assertEquals(Map.of("country", "BRA", "topic", "clean_energy"), parameters.get("partners"));
    List<BenchQueries.Named> queries = BenchQueries.load(project.resolve("queries"), parameters);
    String partners = sparql(queries, "partners");
    assertTrue(partners.matches("(?s).*sd:alpha3 +\"BRA\".*"), partners);
    assertTrue(
        partners.contains("GROUP BY ?partner ?partner_name (\"clean_energy\" AS ?topic)"),
        partners);
    assertEquals(
        sparql(BenchQueries.load(project.resolve("queries")), "countries"),
        sparql(queries, "countries"));
  }

  @Test
  void readParameters_givenAWordWithoutEquals_namesFileAndLine(@TempDir Path tmp)
      throws IOException {
    Path file = Files.writeString(tmp.resolve("p.params"), "# comment\n\npartners country\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchQueries.readParameters(file));
    assertEquals(file + ":3: expected key=value, found \"country\"", e.getMessage());
  }

  private static String sparql(List<BenchQueries.Named> queries, String name) {
    return queries.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().sparql();
  }
}
