package org.sdkg.store;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One write transaction held open across the batches of a build, committed once it holds a batch
 * and a quarter of the article graphs the store held before it ({@link #commitDue}), then the store
 * compacted if its files are wasteful ({@link TdbStore#compactIfWasteful}). TDB2 copies every index
 * block a transaction touches, and once the store is large a batch of 1,024 articles touches most
 * blocks of the large indexes: with a commit per batch, the files of a 100,000-article first build
 * grew by about 6 GB a batch at about 40,000 articles and compaction ran after every batch or two.
 * A transaction that grows with the store copies each block once for many batches; a killed build
 * keeps every committed transaction and loses at most a batch or a quarter of the store.
 */
public final class GrowingTransaction implements AutoCloseable {
  /** The share of the graphs already committed that a transaction holds before it commits. */
  static final double GROWTH = 0.25;

  private final TdbStore store;
  private final int batchSize;
  private final long compactFloor;
  private boolean open;
  private long uncommitted;
  private long committed;
  private int commits;

  /**
   * @param stored article graphs the store holds already
   * @param batchSize the fewest graphs a transaction holds before it commits
   * @param compactFloor store files below this size are never compacted after a commit
   */
  public GrowingTransaction(TdbStore store, long stored, int batchSize, long compactFloor) {
    this.store = store;
    this.committed = stored;
    this.batchSize = batchSize;
    this.compactFloor = compactFloor;
  }

  /**
   * Whether a transaction holding {@code uncommitted} graphs commits when the store held {@code
   * committed} before it: once it holds a batch and a {@link #GROWTH} share of those.
   */
  static boolean commitDue(long uncommitted, long committed, int batchSize) {
    return uncommitted >= Math.max(batchSize, (long) Math.ceil(GROWTH * committed));
  }

  /** The dataset to write to, in the open transaction (begun when none is open). */
  public DatasetGraph dataset() {
    if (!open) {
      store.dataset().begin(TxnType.WRITE);
      open = true;
    }
    return store.dataset();
  }

  /** Counts {@code graphs} more graphs written, and commits when that is due. */
  public void wrote(int graphs) {
    uncommitted += graphs;
    if (commitDue(uncommitted, committed, batchSize)) {
      commit();
    }
  }

  /**
   * Commits what the open transaction holds, if one is open; compacts when the files are wasteful.
   */
  public void commit() {
    if (!open) {
      return;
    }
    store.dataset().commit();
    store.dataset().end();
    open = false;
    committed += uncommitted;
    uncommitted = 0;
    commits++;
    CrashPoints.reach("batch-committed");
    if (store.compactIfWasteful(compactFloor)) {
      CrashPoints.reach("compacted-mid-build");
    }
  }

  /** Transactions committed so far. */
  public int commits() {
    return commits;
  }

  /** Abandons a transaction still open (the build failed before it could commit). */
  @Override
  public void close() {
    if (open) {
      store.dataset().abort();
      store.dataset().end();
      open = false;
    }
  }
}
