package org.sdkg.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.sdkg.query.CancelledHashJoin;

/**
 * Fuseki's query processor with three guards.
 *
 * <ul>
 *   <li>At most {@code slots} queries run at a time; later ones wait their turn, first come first
 *       served. Without it every request starts at once, the CPUs are shared by all of them, each
 *       runs slower the more arrive, and under load nearly all of them hit the timeout: measured
 *       with 64 clients on 2 cores, 39% of the requests failed. The timeout counts from the start
 *       of execution, so waiting does not use it up.
 *   <li>Regular expressions stop when the query times out ({@link RegexGuard}).
 *   <li>When {@code maxResults > 0}, a ceiling on the result size: a query without {@code LIMIT},
 *       or with a larger one, runs as if it said {@code LIMIT maxResults}. Smaller limits are kept.
 * </ul>
 */
final class GuardedQuery extends SPARQL_QueryDataset {
  private final Semaphore slots;
  private final Duration timeout;
  private final long maxResults;

  GuardedQuery(int slots, Duration timeout, long maxResults) {
    this.slots = new Semaphore(slots, true);
    this.timeout = timeout;
    this.maxResults = maxResults;
  }

  /** Two per core, at least four: room for a slow query or two beside the quick ones. */
  static int defaultSlots() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ServletOps.error(503, "The server is shutting down");
      return;
    }
    try {
      super.execute(queryString, action);
    } finally {
      slots.release();
    }
  }

  /**
   * Answers 503 "timed out", as for any cancelled query, where Jena 5.6.0 fails on a cancelled hash
   * join ({@link CancelledHashJoin}); Fuseki would answer 500.
   */
  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query query, String queryString) {
    try {
      return super.executeQuery(action, exec, query, queryString);
    } catch (NullPointerException e) {
      throw cancelledOr(e);
    }
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    try {
      super.sendResults(action, result, prologue);
    } catch (NullPointerException e) {
      throw cancelledOr(e);
    }
  }

  private static RuntimeException cancelledOr(NullPointerException e) {
    if (CancelledHashJoin.is(e)) {
      QueryCancelledException cancelled = new QueryCancelledException();
      cancelled.initCause(e);
      return cancelled;
    }
    return e;
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
