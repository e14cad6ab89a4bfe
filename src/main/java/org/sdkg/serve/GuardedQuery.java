package org.sdkg.serve;

import java.time.Duration;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query processor with two guards: regular expressions stop when the query times out
 * ({@link RegexGuard}), and, when {@code maxResults > 0}, a ceiling on the result size: a query
 * without {@code LIMIT}, or with a larger one, runs as if it said {@code LIMIT maxResults}. Smaller
 * limits are kept.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
  private final Duration timeout;
  private final long maxResults;

  GuardedQuery(Duration timeout, long maxResults) {
    this.timeout = timeout;
    this.maxResults = maxResults;
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    Query guarded = RegexGuard.rewrite(query, timeout);
    if (maxResults > 0
        && !guarded.isAskType()
        && (!guarded.hasLimit() || guarded.getLimit() > maxResults)) {
      guarded.setLimit(maxResults);
    }
    return super.createQueryExec(action, guarded, dataset);
  }
}
