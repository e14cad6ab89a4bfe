package org.sdkg.query;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Parses a query, binds its parameters and runs it on a target. Parameter values never touch the
 * query text: the parsed query is run with the values substituted for its variables.
 */
public final class QueryRunner {
  /**
   * The graph that holds {@code ontology/*.ttl}; added to a single {@code --graph} so topic and
   * status codes still resolve.
   */
  public static final String ONTOLOGY_GRAPH = "https://w3id.org/sdkg/graph/ontology";

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private final ParameterBinder binder;

  public QueryRunner(ParameterBinder binder) {
    this.binder = binder;
  }

  /**
   * Parses {@code text} and checks {@code params}.
   *
   * @param graph when present, the query's default graph becomes this named graph (plus the
   *     ontology graph) instead of the union of all graphs
   */
  public PreparedQuery prepare(QueryText text, Map<String, String> params, Optional<String> graph) {
    Query query = parse(text);
    graph.ifPresent(iri -> restrictTo(query, text, iri));
    return new PreparedQuery(text, query, binder.bind(text, params));
  }

  public QueryResult run(SparqlTarget target, PreparedQuery prepared, Duration timeout) {
    return target.run(prepared.query(), prepared.parameters(), timeout);
  }

  /** Parses SPARQL 1.1 (with Jena's extensions); a syntax error names file, line and column. */
  public static Query parse(QueryText text) {
    try {
      return QueryFactory.create(text.text(), Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      // The message's own position is the offending token's; getLine()/getColumn() may point at
      // the token before it.
      Matcher at = POSITION.matcher(message);
      String where =
          at.find()
              ? text.source() + ":" + at.group(1) + ":" + at.group(2)
              : e.getLine() > 0
                  ? text.source() + ":" + e.getLine() + ":" + e.getColumn()
                  : text.source();
      throw new QueryException(where + ": syntax error: " + message, e);
    }
  }

  /** The message for a query stopped by {@code --timeout}. */
  static QueryException timedOut(Duration timeout, Exception cause) {
    return new QueryException(
        "the query was cancelled after "
            + DurationText.format(timeout)
            + " (--timeout); narrow it with parameters or allow more time, e.g. --timeout 5m",
        cause);
  }

  private static void restrictTo(Query query, QueryText text, String iri) {
    URI uri;
    try {
      uri = URI.create(iri);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || !uri.isAbsolute()) {
      throw new QueryException(
          "--graph "
              + iri
              + " is not an absolute IRI; use a graph name such as"
              + " https://w3id.org/sdkg/graph/article/ID");
    }
    if (query.hasDatasetDescription()) {
      throw new QueryException(
          text.source() + " chooses its own graphs with FROM; drop --graph or the FROM clauses");
    }
    query.addGraphURI(iri);
    // Library queries read each mention's details in its own graph (GRAPH ?g): the chosen graph.
    query.addNamedGraphURI(iri);
    if (!iri.equals(ONTOLOGY_GRAPH)) {
      query.addGraphURI(ONTOLOGY_GRAPH);
    }
  }
}
