package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;

class QueryLibraryTest {
  private static final QueryLibrary LIBRARY =
      QueryLibrary.in(TestPaths.project().resolve("queries"));
  private static final List<String> NAMES =
      List.of(
          "aid",
          "articles",
          "countries",
          "evidence",
          "matrix",
          "network",
          "partners",
          "projects",
          "statements",
          "topics",
          "topics-over-time",
          "watchlist");

  @Test
  void names_areTheAnalystQuestionsAndHelpers() {
    assertEquals(NAMES, LIBRARY.names());
  }

  @Test
  void everyQuery_isStandardSparqlWithATitleAndADescription() {
    for (QueryText q : LIBRARY.all()) {
      // Strict SPARQL 1.1, so the library also runs on endpoints that are not Jena.
      Query parsed = QueryFactory.create(q.text(), Syntax.syntaxSPARQL_11);
      assertTrue(parsed.isSelectType(), q.name());
      assertFalse(q.header().title().isBlank(), q.name());
      assertFalse(q.header().description().isBlank(), q.name());
    }
  }

  @Test
  void everyParameter_isUsedByItsQueryAndItsDefaultIsValid() {
    ParameterBinder binder = ParameterBinder.standard();
    for (QueryText q : LIBRARY.all()) {
      String body =
          q.text().lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, b) -> a + b);
      for (QueryParameter p : q.header().parameters()) {
        assertTrue(
            Pattern.compile("[?$]" + p.name() + "\\b").matcher(body).find(),
            q.name() + " declares " + p.name() + " but never uses it");
      }
      binder.bind(q, Map.of());
    }
  }

  @Test
  void locate_withoutProjectFolder_readsTheCopyBundledWithSdkg() {
    QueryLibrary bundled = QueryLibrary.locate(Path.of("no-such-folder"));

    assertEquals("the sdkg jar", bundled.shownAs());
    assertEquals(NAMES, bundled.names());
    assertEquals(LIBRARY.get("partners").text(), bundled.get("partners").text());
  }

  @Test
  void get_givenUnknownName_listsTheKnownOnes() {
    QueryException e = assertThrows(QueryException.class, () -> LIBRARY.get("partner"));
    assertEquals(
        "no query named 'partner' in "
            + TestPaths.project().resolve("queries")
            + "; known: "
            + String.join(", ", NAMES)
            + " (see sdkg query --list)",
        e.getMessage());
  }
}
