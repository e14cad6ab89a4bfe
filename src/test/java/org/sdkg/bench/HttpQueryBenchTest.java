package org.sdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
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
    // partners declares country with default CHN: Jena's substitution puts CHN in the pattern and
    // keeps the variable only as a projected constant.
    String projected = "(\"CHN\" AS ?country)";
    assertTrue(partners.sparql().contains(projected), partners.sparql());
    String rest = partners.sparql().replace(projected, "");
    assertFalse(rest.contains("?country") || rest.contains("$country"), rest);
    for (BenchQueries.Named q : queries) {
      QueryFactory.create(q.sparql());
    }
  }
}
