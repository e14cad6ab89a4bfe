package org.sdkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;

/**
 * Runs SPARQL kept in {@code .rq} resources beside a class. Values go in through substitution of
 * variables, never by editing the query text.
 */
public final class SparqlFiles {
  private SparqlFiles() {}

  /** Parses the resource {@code name} found next to {@code anchor}. */
  public static Query load(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing query resource " + name + " beside " + anchor);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All rows of a SELECT query, with {@code values} substituted for their variables. */
  public static List<QuerySolution> select(
      DatasetGraph dsg, Query query, Map<String, RDFNode> values) {
    try (var exec = QueryExecutionAdapter.adapt(exec(dsg, query, values))) {
      ResultSet rs = exec.execSelect();
      List<QuerySolution> rows = new ArrayList<>();
      rs.forEachRemaining(rows::add);
      return rows;
    }
  }

  /** The graph a CONSTRUCT query builds. */
  public static Graph construct(DatasetGraph dsg, Query query, Map<String, RDFNode> values) {
    try (QueryExec exec = exec(dsg, query, values)) {
      return exec.construct();
    }
  }

  private static QueryExec exec(DatasetGraph dsg, Query query, Map<String, RDFNode> values) {
    BindingBuilder b = BindingBuilder.create();
    values.forEach((name, value) -> b.add(Var.alloc(name), value.asNode()));
    Binding binding = b.build();
    return QueryExec.dataset(dsg).query(query).substitution(binding).build();
  }
}
