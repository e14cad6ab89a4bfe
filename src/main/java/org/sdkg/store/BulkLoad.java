package org.sdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The first build into an empty store, written through TDB2's phased bulk loader, the loader {@code
 * tdb2.tdbloader} uses: the node table and the primary quad index are filled as batches arrive, and
 * the other indexes are built from the primary one, in its order, when the load finishes. Loading
 * the 10k benchmark dump this way took 52.7 s against tdbloader's 50.2 s, where the build's
 * transactions ({@link GrowingTransaction}) took 64.2 s and one single transaction 79.4 s
 * (docs/BENCHMARKS.md).
 *
 * <p>The bulk loader writes outside the store's transactions: each index commits on its own when
 * the load finishes, so a load killed half way leaves indexes that disagree. A marker file in the
 * store folder is written before the load starts and deleted once it has finished; a store that
 * still has it was empty before the interrupted load, and the next build makes it again from
 * nothing ({@link TdbStore#openOrCreate}) while every other command refuses it. A killed first
 * build therefore starts again, where a later build resumes from its last commit.
 */
public final class BulkLoad implements AutoCloseable {
  /** Present while a bulk load runs, and after one that was interrupted. */
  static final String MARKER = "sdkg-bulk-load-in-progress.txt";

  private final TdbStore store;
  private final Path dir;
  private final DataLoader loader;
  private final StreamRDF stream;
  private boolean finished;

  /**
   * Starts a bulk load into the empty store {@code store}. No transaction may begin on the store
   * until {@link #finish} or {@link #close}: TDB2 locks everyone else out of it meanwhile.
   */
  public BulkLoad(TdbStore store) {
    this.store = store;
    this.dir = store.dir();
    try {
      AtomicFile.write(
          dir.resolve(MARKER),
          out ->
              out.write(
                  ("a first build is bulk loading this store; if none is running, it was"
                          + " interrupted and the next sdkg build makes the store again\n")
                      .getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> {});
    loader.startBulk();
    store.bulkLoading(true);
    this.stream = loader.stream();
  }

  /**
   * Whether {@code dir} holds a store whose bulk load was interrupted: its indexes may disagree, so
   * only {@code sdkg build} (which makes it anew) may open it.
   */
  public static boolean interrupted(Path dir) {
    return Files.exists(dir.resolve(MARKER));
  }

  /** The error for a store whose first build was interrupted while bulk loading. */
  public static StoreException incomplete(Path dir) {
    return new StoreException(
        "the store "
            + dir
            + " is incomplete: its first build was interrupted while loading the articles; run"
            + " sdkg build again, which makes it anew");
  }

  /** Hands {@code quads} to the loader (call on the thread that started it). */
  public void add(List<Quad> quads) {
    quads.forEach(stream::quad);
    CrashPoints.reach("bulk-write");
  }

  /** Builds the remaining indexes, commits them, and removes the marker. */
  public void finish() {
    loader.finishBulk();
    finished = true;
    store.bulkLoading(false);
    CrashPoints.reach("bulk-loaded");
    try {
      Files.delete(dir.resolve(MARKER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends a load that did not finish (the build failed): the store is unlocked for this process but
   * keeps the marker, so the next build starts it again.
   */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      loader.finishException(new StoreException("the build failed during its bulk load"));
      store.bulkLoading(false);
    }
  }
}
