package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;

/** A parameter value is data: whatever it holds, the query keeps its shape. */
class InjectionTest {
  private static final String EVIL = "> } ; DROP ALL #";
  private static final ParameterBinder BINDER = ParameterBinder.standard();

  @Test
  void freeTextValue_changesOnlyTheLiteralNeverTheQueryStructure() {
    QueryText statements =
        QueryLibrary.in(TestPaths.project().resolve("queries")).get("statements");
    Query parsed = QueryRunner.parse(statements);

    String evil = algebra(parsed, BINDER.bind(statements, Map.of("name", EVIL)));
    String benign = algebra(parsed, BINDER.bind(statements, Map.of("name", "Qin")));

    assertTrue(evil.contains("\"" + EVIL + "\""), evil);
    assertEquals(benign, evil.replace("\"" + EVIL + "\"", "\"Qin\""));
  }

  /** The algebra the engine runs once the values are substituted, as Jena substitutes them. */
  private static String algebra(Query query, Binding values) {
    Map<Var, Node> map = new HashMap<>();
    values.vars().forEachRemaining(v -> map.put(v, values.get(v)));
    return Algebra.compile(QueryTransformOps.syntaxSubstitute(query, map)).toString();
  }
}
