package org.sdkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.sdkg.query.ParameterBinder;
import org.sdkg.query.PreparedQuery;
import org.sdkg.query.QueryLibrary;
import org.sdkg.query.QueryParameter;
import org.sdkg.query.QueryRunner;
import org.sdkg.query.QueryText;

/**
 * The analyst queries of {@code queries/} as examples for the Fuseki UI, whose own example list is
 * built into its JavaScript. Each becomes a link to the UI's query page, which loads the text given
 * in its {@code ?query=} parameter; parameters take their default values, as in {@code sdkg query
 * NAME}.
 */
final class QueryExamples {
  private QueryExamples() {}

  /** One example: library name, title, description and the SPARQL text to put in the editor. */
  record Example(String name, String title, String description, String sparql) {}

  /** Every library query that parses and binds its defaults; a broken one is left out. */
  static List<Example> from(QueryLibrary library) {
    QueryRunner runner = new QueryRunner(ParameterBinder.standard());
    List<Example> examples = new ArrayList<>();
    for (String name : library.names()) {
      QueryText text = library.get(name);
      PreparedQuery prepared = runner.prepare(text, Map.of(), Optional.empty());
      Query query = ParameterBinder.substitute(prepared.query(), prepared.parameters());
      examples.add(
          new Example(
              name,
              text.header().title().isEmpty() ? name : text.header().title(),
              text.header().description(),
              comment(text) + query));
    }
    return examples;
  }

  /** The UI route that opens {@code example} in the query editor of {@code dataset}. */
  static String uiLink(String dataset, Example example) {
    // The UI decodes with decodeURIComponent, which leaves '+' alone: spaces must be %20.
    String encoded =
        URLEncoder.encode(example.sparql(), StandardCharsets.UTF_8).replace("+", "%20");
    return "/#/dataset" + dataset + "/query?query=" + encoded;
  }

  /** The title and the parameter values used, as SPARQL comments above the query. */
  private static String comment(QueryText text) {
    StringBuilder c = new StringBuilder();
    c.append("# ").append(text.header().title().isEmpty() ? text.name() : text.header().title());
    c.append('\n');
    for (QueryParameter p : text.header().parameters()) {
      c.append("# parameter ")
          .append(p.name())
          .append(p.defaultIfAny().map(d -> " = " + d + " (edit it in the query)").orElse(": any"))
          .append('\n');
    }
    return c.toString();
  }
}
