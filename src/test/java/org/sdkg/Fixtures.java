package org.sdkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.sdkg.store.TdbStore;

/**
 * Test data in the layout of {@code sdkg build}: {@code fixtures/cooperation.trig} (an article
 * graph, the merged graph, the ontology graph; 26 triples) and the queries that check it.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final int QUADS = 26;

  /** The rows {@code cooperation-rows.rq} returns for the fixture: country, topic, sentence. */
  public static final List<List<String>> COOPERATION_ROWS =
      List.of(
          List.of(
              "China",
              "https://w3id.org/sdkg/topic/malaria",
              "China and Comoros have worked together on malaria."),
          List.of(
              "Comoros",
              "https://w3id.org/sdkg/topic/malaria",
              "China and Comoros have worked together on malaria."));

  public static Path trig() {
    return resourcePath("fixtures/cooperation.trig");
  }

  /**
   * Creates a TDB2 store in {@code dir} holding the fixture, closed again so others may open it.
   */
  public static Path createStore(Path dir) {
    try (TdbStore store = TdbStore.openOrCreate(dir)) {
      store.write(() -> RDFDataMgr.read(store.dataset(), trig().toString()));
    }
    return dir;
  }

  public static Query query(String name) {
    return QueryFactory.create(read("fixtures/" + name));
  }

  /** Runs {@code query} at {@code endpoint} and returns each row as its values' lexical forms. */
  public static List<List<String>> rows(String endpoint, Query query) {
    try (QueryExec exec = QueryExecHTTP.service(endpoint).query(query).build()) {
      RowSet rows = exec.select();
      List<List<String>> result = new ArrayList<>();
      while (rows.hasNext()) {
        Binding b = rows.next();
        List<String> row = new ArrayList<>();
        rows.getResultVars()
            .forEach(
                v -> {
                  var n = b.get(v);
                  row.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                });
        result.add(row);
      }
      return result;
    }
  }

  /** The number of triples in the named graphs at {@code endpoint}. */
  public static long countQuads(String endpoint) {
    return Long.parseLong(rows(endpoint, query("count-quads.rq")).get(0).get(0));
  }

  /** The number of triples a query sees in the default graph at {@code endpoint}. */
  public static long countDefault(String endpoint) {
    return Long.parseLong(rows(endpoint, query("count-default.rq")).get(0).get(0));
  }

  private static Path resourcePath(String name) {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static String read(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the fixture TriG in {@code dir}, for tests that edit it. */
  public static Path copyTrig(Path dir) throws IOException {
    return Files.copy(trig(), dir.resolve("cooperation.trig"));
  }
}
