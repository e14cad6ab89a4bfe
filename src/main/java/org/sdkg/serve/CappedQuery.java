package org.sdkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query processor with a ceiling on the result size: a query without {@code LIMIT}, or
 * with a larger one, runs as if it said {@code LIMIT max}. Smaller limits are kept.
 */
final class CappedQuery extends SPARQL_QueryDataset {
  private final long max;

  CappedQuery(long max) {
    this.max = max;
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
      query.setLimit(max);
    }
    return super.createQueryExec(action, query, dataset);
  }
}
