package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.engine.binding.Binding;
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

  /**
   * The algebra a server runs once the values are substituted and the query is sent as text, as
   * {@code sdkg query --endpoint} sends it.
   */
  private static String algebra(Query query, Binding values) {
    String sent = ParameterBinder.substitute(query, values).serialize();
    return Algebra.compile(QueryFactory.create(sent)).toString();
  }
}
