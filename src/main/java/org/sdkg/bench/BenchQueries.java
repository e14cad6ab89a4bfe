package org.sdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sdkg.query.ParameterBinder;
import org.sdkg.query.QueryLibrary;
import org.sdkg.query.QueryText;

/**
 * The query library ({@code queries/*.rq}) with its declared default parameters substituted, as
 * SPARQL text ready to send over HTTP: the fixed parameter set of the query benchmarks.
 */
public final class BenchQueries {
  /** One query to send: its library name and its SPARQL text. */
  public record Named(String name, String sparql) {}

  private BenchQueries() {}

  public static List<Named> load(Path queriesFolder) {
    ParameterBinder binder = ParameterBinder.standard();
    List<Named> out = new ArrayList<>();
    for (QueryText text : QueryLibrary.in(queriesFolder).all()) {
      Query parsed = QueryFactory.create(text.text());
      // The same substitution `sdkg query --endpoint` has Jena's HTTP client make.
      Map<Var, Node> values = new HashMap<>();
      binder.bind(text, Map.of()).forEach(values::put);
      Query bound = QueryTransformOps.syntaxSubstitute(parsed, values);
      out.add(new Named(text.name(), bound.serialize()));
    }
    return out;
  }
}
