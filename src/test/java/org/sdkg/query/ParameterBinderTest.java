package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;

class ParameterBinderTest {
  private static final ParameterBinder BINDER = ParameterBinder.standard();
  private static final QueryText QUERY =
      QueryText.of(
          "q",
          "q.rq",
          """
          # title: T
          # param: country country CHN a country
          # param: topic topic - a topic
          # param: name text - a name
          # param: n integer 1 a number
          # param: since date - a day
          # param: per year|month year a period
          SELECT * WHERE { ?s ?p ?o }
          """);

  @Test
  void bind_givenNothing_usesDefaultsAndLeavesTheOthersUnbound() {
    Binding b = BINDER.bind(QUERY, Map.of());

    assertEquals(NodeFactory.createLiteralString("CHN"), b.get(Var.alloc("country")));
    assertEquals(NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), b.get(Var.alloc("n")));
    assertEquals(NodeFactory.createLiteralString("year"), b.get(Var.alloc("per")));
    assertFalse(b.contains(Var.alloc("topic")));
    assertFalse(b.contains(Var.alloc("name")));
    assertEquals(3, b.size());
  }

  @Test
  void bind_givenCodesInOtherCase_bindsTheCanonicalCodes() {
    Binding b = BINDER.bind(QUERY, Map.of("country", "com", "topic", "Clean_Energy"));

    assertEquals(NodeFactory.createLiteralString("COM"), b.get(Var.alloc("country")));
    assertEquals(NodeFactory.createLiteralString("clean_energy"), b.get(Var.alloc("topic")));
  }

  @Test
  void bind_givenTypedValues_bindsTypedLiterals() {
    Binding b = BINDER.bind(QUERY, Map.of("n", "42", "since", "2021-12-19", "per", "month"));

    assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), b.get(Var.alloc("n")));
    assertEquals(
        NodeFactory.createLiteralDT("2021-12-19", XSDDatatype.XSDdate), b.get(Var.alloc("since")));
  }

  @Test
  void bind_givenInjectionAsCountry_rejectsItAsUnknownCode() {
    QueryException e =
        assertThrows(
            QueryException.class, () -> BINDER.bind(QUERY, Map.of("country", "> } ; DROP ALL #")));
    assertEquals(
        "unknown country code '> } ; DROP ALL #'; use an ISO 3166-1 alpha-3 code such as CHN;"
            + " try `sdkg query countries`",
        e.getMessage());
  }

  @Test
  void bind_givenInjectionAsText_bindsItAsOnePlainLiteral() {
    Binding b = BINDER.bind(QUERY, Map.of("name", "> } ; DROP ALL #"));

    assertEquals(NodeFactory.createLiteralString("> } ; DROP ALL #"), b.get(Var.alloc("name")));
  }

  @Test
  void bind_givenSeveralBadValues_reportsEachInOneMessage() {
    QueryException e =
        assertThrows(
            QueryException.class,
            () ->
                BINDER.bind(
                    QUERY,
                    Map.of(
                        "country", "XYZ", "topic", "weather", "n", "two", "since", "19.12.2021")));
    assertEquals(
        "unknown country code 'XYZ'; use an ISO 3166-1 alpha-3 code such as CHN; try `sdkg query"
            + " countries`; unknown topic code 'weather'; try `sdkg query topics`; parameter n must"
            + " be a whole number such as 2; found 'two'; parameter since must be a date"
            + " YYYY-MM-DD; found '19.12.2021'",
        e.getMessage());
  }

  @Test
  void bind_givenUndeclaredName_listsTheDeclaredOnes() {
    QueryException e =
        assertThrows(QueryException.class, () -> BINDER.bind(QUERY, Map.of("contry", "CHN")));
    assertEquals(
        "q has no parameter 'contry'; its parameters are country, topic, name, n, since, per",
        e.getMessage());
  }

  @Test
  void bind_givenParameterForQueryWithoutHeader_saysItTakesNone() {
    QueryText plain = QueryText.of("-e", "-e", "ASK {}");
    QueryException e =
        assertThrows(QueryException.class, () -> BINDER.bind(plain, Map.of("x", "1")));
    assertEquals("-e takes no parameters; drop --param x", e.getMessage());
  }

  @Test
  void substitute_everyLibraryQueryWithEveryParameterGiven_writesSparqlThatParsesBack() {
    Map<ParameterType, String> sample =
        Map.of(
            ParameterType.COUNTRY, "CHN",
            ParameterType.TOPIC, "malaria",
            ParameterType.TEXT, "qin",
            ParameterType.INTEGER, "2",
            ParameterType.DATE, "2021-01-01");
    for (QueryText text : QueryLibrary.in(TestPaths.project().resolve("queries")).all()) {
      Map<String, String> given = new HashMap<>();
      for (QueryParameter p : text.header().parameters()) {
        given.put(
            p.name(), p.type() == ParameterType.CHOICE ? p.choices().get(0) : sample.get(p.type()));
      }
      Query bound =
          ParameterBinder.substitute(QueryFactory.create(text.text()), BINDER.bind(text, given));
      String sent = bound.serialize();
      try {
        Query parsed = QueryFactory.create(sent);
        assertEquals(
            QueryFactory.create(text.text()).getResultVars(), parsed.getResultVars(), text.name());
      } catch (QueryParseException e) {
        throw new AssertionError(
            text.name() + " " + given + ": " + e.getMessage() + "\n" + sent, e);
      }
    }
  }
}
