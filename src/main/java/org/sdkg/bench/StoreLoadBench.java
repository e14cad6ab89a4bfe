package org.sdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.sdkg.store.BulkLoad;
import org.sdkg.store.GraphBuild;
import org.sdkg.store.GrowingTransaction;
import org.sdkg.store.SortedQuadInserts;
import org.sdkg.store.TdbStore;

/**
 * Loads an N-Quads file into a new TDB2 store through sdkg's own write paths ({@link TdbStore}),
 * the ways {@code sdkg build} writes, a batch of 1,024 graphs at a time, then {@link
 * TdbStore#compactIfGrown} as the build ends:
 *
 * <ul>
 *   <li>{@code bulk} (a first build, into an empty store): the batches go to TDB2's phased bulk
 *       loader ({@link BulkLoad});
 *   <li>{@code transactions} (a later build): a batch's quads are added index by index in key order
 *       ({@link SortedQuadInserts}) into a write transaction that commits at a graph boundary once
 *       it holds a batch of graphs and a quarter of the graphs already committed ({@link
 *       GrowingTransaction}), compacting after a commit when the files are wasteful.
 * </ul>
 *
 * Compared against Jena's bulk loader ({@code tdb2.tdbloader}) on the same file by {@code
 * bench/load.sh}.
 */
public final class StoreLoadBench {
  /** Graphs per batch, as {@code sdkg build} batches articles. */
  static final int GRAPHS_PER_BATCH = GraphBuild.BATCH;

  private StoreLoadBench() {}

  /** What one load did and how long its phases took. */
  public record Result(
      long quads,
      int graphs,
      int commits,
      double loadSeconds,
      double compactSeconds,
      boolean compacted,
      long filesBytes) {}

  /**
   * Loads {@code nquads} into a store created in the empty or missing folder {@code dir}, in bulk
   * or in transactions.
   */
  public static Result load(Path nquads, Path dir, boolean bulk) {
    long start = System.nanoTime();
    Batcher batcher;
    try (TdbStore store = TdbStore.openOrCreate(dir)) {
      batcher = new Batcher(store, bulk);
      RDFParser.source(nquads).parse(batcher);
      batcher.complete();
      long loaded = System.nanoTime();
      boolean compacted = store.compactIfGrown();
      long end = System.nanoTime();
      return new Result(
          batcher.quads,
          batcher.graphs,
          batcher.commits(),
          (loaded - start) / 1e9,
          (end - loaded) / 1e9,
          compacted,
          store.filesSize());
    }
  }

  /**
   * Collects quads until a batch of graphs is complete, then writes it into the open transaction.
   */
  private static final class Batcher extends StreamRDFBase {
    private final GrowingTransaction transaction;
    private final BulkLoad bulk;
    private final List<Quad> pending = new ArrayList<>();
    private Node currentGraph;
    private int graphsInBatch;
    long quads;
    int graphs;

    Batcher(TdbStore store, boolean bulk) {
      this.transaction =
          new GrowingTransaction(store, 0, GRAPHS_PER_BATCH, GraphBuild.COMPACT_FLOOR);
      this.bulk = bulk ? new BulkLoad(store) : null;
    }

    @Override
    public void quad(Quad quad) {
      if (!quad.getGraph().equals(currentGraph)) {
        currentGraph = quad.getGraph();
        graphs++;
        if (++graphsInBatch > GRAPHS_PER_BATCH) {
          writeBatch(graphsInBatch - 1);
          graphsInBatch = 1;
        }
      }
      pending.add(quad);
      quads++;
    }

    /** Writes the last batch and commits. */
    void complete() {
      writeBatch(graphsInBatch);
      if (bulk != null) {
        bulk.finish();
      }
      transaction.commit();
    }

    int commits() {
      return transaction.commits();
    }

    private void writeBatch(int batchGraphs) {
      if (bulk != null) {
        bulk.add(pending);
      } else {
        SortedQuadInserts.add(transaction.dataset(), pending);
        transaction.wrote(batchGraphs);
      }
      pending.clear();
    }
  }

  /**
   * {@code StoreLoadBench [bulk|transactions] FILE.nq NEW-STORE-DIR}: prints one tab-separated line
   * of figures.
   */
  public static void main(String[] args) {
    if (args.length != 3 || !List.of("bulk", "transactions").contains(args[0])) {
      System.err.println("usage: StoreLoadBench bulk|transactions FILE.nq NEW-STORE-DIR");
      System.exit(2);
    }
    Result r = load(Path.of(args[1]), Path.of(args[2]), args[0].equals("bulk"));
    System.out.printf(
        Locale.ROOT,
        "quads=%d\tgraphs=%d\tcommits=%d\tload_s=%.3f\tcompact_s=%.3f\tcompacted=%b\tfiles_mb=%d%n",
        r.quads(),
        r.graphs(),
        r.commits(),
        r.loadSeconds(),
        r.compactSeconds(),
        r.compacted(),
        r.filesBytes() >> 20);
  }
}
