package org.sdkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

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

  /**
   * A copy of {@code query} that only considers the given values of {@code variable}: a {@code
   * VALUES} block goes first in its {@code WHERE} group, so ARQ evaluates the rest once per value
   * (by substitution) instead of matching everything and joining afterwards.
   */
  public static Query restrict(Query query, String variable, Collection<Node> values) {
    // A fresh parse, so the caller's query (often shared) keeps its own syntax tree.
    Query copy = QueryFactory.create(query.toString(), query.getSyntax());
    if (!(copy.getQueryPattern() instanceof ElementGroup group)) {
      throw new IllegalArgumentException("query has no WHERE group to restrict: " + query);
    }
    Var var = Var.alloc(variable);
    ElementData data = new ElementData();
    data.add(var);
    for (Node value : values) {
      data.add(BindingBuilder.create().add(var, value).build());
    }
    group.getElements().add(0, data);
    return copy;
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
