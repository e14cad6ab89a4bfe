package org.sdkg.query;

import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/** Where queries run: the embedded store or a SPARQL endpoint. Both give the same answers. */
public interface SparqlTarget extends AutoCloseable {

  /**
   * Runs {@code query} with {@code parameters} substituted for their variables, giving up after
   * {@code timeout}.
   *
   * @throws QueryException when the target cannot answer (unreachable, timed out, refused)
   */
  QueryResult run(Query query, Binding parameters, Duration timeout);

  /** How messages name this target: "the store output/store", "http://…/sparql". */
  String describe();

  @Override
  void close();
}
