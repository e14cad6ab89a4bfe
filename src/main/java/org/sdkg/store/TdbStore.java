package org.sdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sdkg.ingest.KnownFiles;

/**
 * The embedded Jena TDB2 store that {@code sdkg build} writes and stock Fuseki opens with {@code
 * --loc}. Opening it takes TDB2's process lock, so a second program using the same folder (a
 * running Fuseki) is reported as "in use" instead of corrupting it; closing releases the lock.
 */
public final class TdbStore implements AutoCloseable {
  private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");
  private static final String BUILT_BY = "sdkg-built-by.txt";
  private static final String BUILDING = "sdkg-build-in-progress.txt";
  private static final String COMPACTED_SIZE = "sdkg-compacted-size.txt";
  private static final String DUMPED = "sdkg-dumped.txt";
  private static final String KNOWN_FILES = "sdkg-read-files.tsv";

  private final Path dir;
  private final DatasetGraph dataset;
  private boolean madeAgain;
  private volatile boolean bulkLoading;

  private TdbStore(Path dir, DatasetGraph dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /**
   * Opens the store in {@code dir}, creating the folder and an empty store when missing. A store
   * whose first build was interrupted while bulk loading ({@link BulkLoad}) is deleted and made
   * again empty ({@link #madeAgain}).
   */
  public static TdbStore openOrCreate(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a store folder; choose another --store");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeStore(dir)) {
      throw new StoreException(
          dir
              + " is not empty and holds no TDB2 store; choose an empty or new folder with"
              + " --store");
    }
    boolean interrupted = looksLikeStore(dir) && BulkLoad.interrupted(dir);
    if (interrupted) {
      StoreFolder.delete(dir);
    }
    try {
      StoreFolder.deleteLeftovers(dir);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    TdbStore store = connect(dir);
    store.madeAgain = interrupted;
    return store;
  }

  /**
   * Whether {@link #openOrCreate} deleted what an interrupted first build had bulk loaded here and
   * made the store again, empty.
   */
  public boolean madeAgain() {
    return madeAgain;
  }

  /** Opens an existing store; fails with the fix ("run sdkg build") when there is none. */
  public static TdbStore openExisting(Path dir) {
    if (!Files.isDirectory(dir) || !looksLikeStore(dir)) {
      throw new StoreException(
          "no store at " + dir + "; run sdkg build first, or point --store at the store folder");
    }
    // Connected first: a running first build holds the lock, and is reported as such.
    TdbStore store = connect(dir);
    if (BulkLoad.interrupted(dir)) {
      store.close();
      throw BulkLoad.incomplete(dir);
    }
    return store;
  }

  /**
   * Removes the store in {@code dir} (for {@code --rebuild}). Refuses folders that are not TDB2
   * stores, and stores in use.
   */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!looksLikeStore(dir)) {
      if (Files.isDirectory(dir) && isEmpty(dir)) {
        return;
      }
      throw new StoreException(
          dir + " holds no TDB2 store, so --rebuild will not delete it; choose another --store");
    }
    StoreFolder.delete(dir);
  }

  private static TdbStore connect(Path dir) {
    try {
      return new TdbStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    } catch (DBOpEnvException e) {
      Optional<String> holder = lockHolder(e);
      if (holder.isPresent()) {
        throw inUse(dir, holder.get(), e);
      }
      throw new StoreException(
          "cannot open the store "
              + dir
              + ": "
              + e.getMessage()
              + "; if it is damaged, sdkg build --rebuild makes it again",
          e);
    }
  }

  /** The error for a store whose TDB2 lock another process holds. */
  static StoreException inUse(Path dir, String pid, Exception cause) {
    return new StoreException(
        "the store "
            + dir
            + " is in use by process "
            + pid
            + " (another sdkg build, sdkg serve or a Fuseki server); wait for it to finish or"
            + " stop it, then run again",
        cause);
  }

  /** The process named by a TDB2 lock error, when it names one. */
  static Optional<String> lockHolder(DBOpEnvException e) {
    Matcher m = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static boolean looksLikeStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The TDB2 dataset; use it only inside {@link #read} or {@link #write}. */
  public DatasetGraph dataset() {
    return dataset;
  }

  public <T> T read(Supplier<T> action) {
    checkNotBulkLoading();
    return Txn.calculateRead(dataset, action);
  }

  public void write(Runnable action) {
    checkNotBulkLoading();
    Txn.executeWrite(dataset, action);
  }

  /** Marks the store as in or out of a {@link BulkLoad}, during which no transaction may begin. */
  void bulkLoading(boolean loading) {
    bulkLoading = loading;
  }

  /**
   * TDB2 lets the thread that started a bulk load begin transactions, which then clear the loader's
   * own transaction state; a read there failed the load's commit.
   */
  private void checkNotBulkLoading() {
    if (bulkLoading) {
      throw new IllegalStateException("no transaction may begin while the store is bulk loaded");
    }
  }

  /**
   * Rewrites the store's files keeping only live data. TDB2 only ever appends, so replacing graphs
   * on every build would grow the folder without bound.
   */
  public void compact() {
    DatabaseMgr.compact(dataset, true);
  }

  /**
   * Compacts when the store's files have more than doubled since the last compaction, and says
   * whether it did. Compaction copies every live quad, so doing it after every build made it a
   * fixed cost of the store's whole size (a third of loading the 1,000-article benchmark dump);
   * doubling before compacting bounds the folder at twice its live size while the copying costs at
   * most about as much again as the writing that caused it. A store never compacted here (a new
   * one, or one built by an older sdkg) counts from its size now: a first build writes few large
   * transactions and leaves little waste (measured in docs/BENCHMARKS.md).
   */
  public boolean compactIfGrown() {
    long size = filesSize();
    Optional<Long> base = readLong(COMPACTED_SIZE);
    if (base.isPresent() && size <= 2 * base.get()) {
      return false;
    }
    if (base.isPresent()) {
      compact();
    }
    writeLine(COMPACTED_SIZE, Long.toString(filesSize()));
    return base.isPresent();
  }

  /**
   * Compacts between the batches of a build once the store's files exceed {@code floor} bytes and
   * twice their size after the last compaction (or any size, when never compacted), and says
   * whether it did. Each write transaction copies the index blocks it touches, so the waste grows
   * faster than the data: a first build of 10,000 articles left 4.2 GB of files for 1.3 GB of live
   * data, and at 100,000 the folder would outgrow the disk. Compacting at each doubling keeps the
   * folder within about twice its live size for a copying cost of about the live size again.
   */
  public boolean compactIfWasteful(long floor) {
    long size = filesSize();
    if (size < floor || size <= 2 * readLong(COMPACTED_SIZE).orElse(0L)) {
      return false;
    }
    compact();
    writeLine(COMPACTED_SIZE, Long.toString(filesSize()));
    return true;
  }

  /** Bytes in the store's files (TDB2's and sdkg's), as the file system reports their lengths. */
  public long filesSize() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Long> readLong(String fileName) {
    try {
      return readLine(fileName).map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty(); // an unreadable record only means this build starts counting afresh
    }
  }

  /**
   * The {@link CodeFingerprint} of the sdkg that last completed a build here, or empty. It lives in
   * a small file beside TDB2's own, which TDB2 and Fuseki ignore.
   */
  public Optional<String> builtBy() {
    return readLine(BUILT_BY);
  }

  /**
   * Records that a build by the sdkg with {@code fingerprint} starts changing the store; {@link
   * #builtBy(String)} clears the record when that build completes. A build that is killed leaves it
   * behind, and {@link #unfinishedBuild()} tells the next build which code wrote the graphs it
   * finds and that the work after the article graphs (merged graph, compaction) is still owed.
   */
  public void startBuild(String fingerprint) {
    writeLine(BUILDING, fingerprint);
  }

  /** The fingerprint of a build that started changing the store and never completed, or empty. */
  public Optional<String> unfinishedBuild() {
    return readLine(BUILDING);
  }

  /** Records the fingerprint of the sdkg that completed a build. */
  public void builtBy(String fingerprint) {
    writeLine(BUILT_BY, fingerprint);
    try {
      Files.deleteIfExists(dir.resolve(BUILDING));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code file} is the dump {@link #recordDump} recorded for the store's current content:
   * same path, size and modification time, no build has changed the store since ({@link
   * #forgetDump}), and neither has anything else: TDB2's state files are as they were ({@link
   * StoreContents#state}; {@code sdkg serve --update} writes without a build). A build that changed
   * nothing then need not write the dump again.
   */
  public boolean dumpIsCurrent(Path file) {
    Optional<String> recorded = readLine(DUMPED);
    return recorded.isPresent() && recorded.equals(describeDump(file));
  }

  /** Records that {@code file} now holds the dump of the store's current content. */
  public void recordDump(Path file) {
    describeDump(file).ifPresent(line -> writeLine(DUMPED, line));
  }

  private Optional<String> describeDump(Path file) {
    return describe(file).map(line -> line + "\t" + StoreContents.state(dir));
  }

  /** Forgets the recorded dump; call before changing the store's content. */
  public void forgetDump() {
    try {
      Files.deleteIfExists(dir.resolve(DUMPED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the last completed build read from the article files; nothing for a new store. */
  public KnownFiles knownFiles() {
    return KnownFiles.read(dir.resolve(KNOWN_FILES));
  }

  /** Records what this build read, for the next one ({@link KnownFiles}). */
  public void recordKnownFiles(KnownFiles files) {
    try {
      AtomicFile.write(dir.resolve(KNOWN_FILES), files::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> describe(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(
          file.toAbsolutePath().normalize()
              + "\t"
              + Files.size(file)
              + "\t"
              + Files.getLastModifiedTime(file).toMillis());
    } catch (IOException e) {
      return Optional.empty(); // unreadable: not known to be current, so it is written again
    }
  }

  private Optional<String> readLine(String fileName) {
    Path file = dir.resolve(fileName);
    try {
      return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeLine(String fileName, String line) {
    try {
      AtomicFile.write(
          dir.resolve(fileName), out -> out.write((line + "\n").getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Releases the store and its lock so other programs (Fuseki) can open it. */
  @Override
  public void close() {
    TDBInternal.expel(dataset);
  }
}
