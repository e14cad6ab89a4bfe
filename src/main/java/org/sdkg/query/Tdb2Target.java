package org.sdkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sdkg.store.BulkLoad;

/**
 * The embedded TDB2 store that {@code sdkg build} writes. Queries see the union of all named graphs
 * as their default graph (TDB2's {@code unionDefaultGraph}), unless the query names its own graphs
 * with {@code FROM} ({@code --graph}).
 */
public final class Tdb2Target implements SparqlTarget {
  private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

  private final Path dir;
  private final DatasetGraph dataset;

  private Tdb2Target(Path dir, DatasetGraph dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}; never creates one. */
  public static Tdb2Target open(Path dir) {
    if (!looksLikeStore(dir)) {
      throw new QueryException("no store at " + dir + "; run `sdkg build` first");
    }
    DatasetGraph dataset;
    try {
      dataset = DatabaseMgr.connectDatasetGraph(Location.create(dir));
    } catch (DBOpEnvException e) {
      Matcher holder = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
      throw new QueryException(
          "the store "
              + dir
              + " is in use by "
              + (holder.find() ? "process " + holder.group(1) : "another program")
              + " (a running Fuseki or sdkg serve?); query that server with --endpoint URL, or stop"
              + " it",
          e);
    }
    if (BulkLoad.interrupted(dir)) {
      TDBInternal.expel(dataset);
      throw new QueryException(BulkLoad.incomplete(dir).getMessage());
    }
    return new Tdb2Target(dir, dataset);
  }

  @Override
  public QueryResult run(Query query, Binding parameters, Duration timeout) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExec exec =
              QueryExec.dataset(dataset)
                  .query(query)
                  .substitution(parameters)
                  .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            return QueryResult.collect(exec);
          } catch (QueryCancelledException e) {
            throw QueryRunner.timedOut(timeout, e);
          } catch (NullPointerException e) {
            if (CancelledHashJoin.is(e)) {
              throw QueryRunner.timedOut(timeout, e);
            }
            throw e;
          }
        });
  }

  @Override
  public String describe() {
    return "the store " + dir;
  }

  /** Releases the store and its process lock, so a server can open the folder afterwards. */
  @Override
  public void close() {
    TDBInternal.expel(dataset);
  }

  /** A TDB2 store folder holds {@code Data-NNNN} generation folders. */
  private static boolean looksLikeStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(
          p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }
}
