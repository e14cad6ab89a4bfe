package org.sdkg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens a TDB2 store that must already exist. {@code DatabaseMgr.connectDatasetGraph} would
 * silently create an empty store for a mistyped path, so commands that only read or serve a store
 * check first.
 */
public final class ExistingStore {
  private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

  private ExistingStore() {}

  /**
   * Connects to the TDB2 store in {@code dir}.
   *
   * @throws StoreAccessException when {@code dir} is not a TDB2 store or another process holds it
   */
  public static DatasetGraph open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StoreAccessException(
          dir + ": no such store folder; run `sdkg build` first or pass --store DIR");
    }
    if (!hasDataFolder(dir)) {
      throw new StoreAccessException(
          dir
              + ": not a TDB2 store (no Data-NNNN folder inside); pass the folder `sdkg build` wrote");
    }
    try {
      return DatabaseMgr.connectDatasetGraph(Location.create(dir));
    } catch (DBOpEnvException e) {
      Matcher holder = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
      if (holder.find()) {
        throw new StoreAccessException(
            dir
                + " is in use by another program (process "
                + holder.group(1)
                + ", e.g. a Fuseki server or sdkg serve); stop it and run again",
            e);
      }
      throw new StoreAccessException("cannot open the store " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Flushes and closes the store files and releases the lock, so another process can open it. Plain
   * {@code close()} leaves a TDB2 store cached and locked for the life of the JVM.
   */
  public static void release(DatasetGraph store) {
    TDBInternal.expel(store);
  }

  private static boolean hasDataFolder(Path dir) {
    try (DirectoryStream<Path> data = Files.newDirectoryStream(dir, "Data-*")) {
      return data.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }
}
