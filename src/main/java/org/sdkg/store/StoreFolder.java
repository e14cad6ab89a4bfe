package org.sdkg.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;

/**
 * Deletes a store folder for {@code --rebuild} so that a kill at any moment leaves either the whole
 * store or none: the folder is renamed in one step to a hidden sibling ({@code .store.deleting})
 * and deleted there; what a killed deletion leaves is removed before the next store is made. The
 * store is never opened for this, so a store too damaged to open can still be rebuilt; TDB2's
 * process lock is taken instead, so a store in use is refused.
 */
final class StoreFolder {
  private StoreFolder() {}

  static void delete(Path dir) {
    Path trash = trashOf(dir);
    try {
      deleteTree(trash);
      moveAsideLocked(dir, trash);
      deleteTree(trash);
    } catch (IOException e) {
      throw new StoreException("cannot delete the store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Removes what a killed {@link #delete} of {@code dir} left behind. */
  static void deleteLeftovers(Path dir) throws IOException {
    deleteTree(trashOf(dir));
  }

  private static Path trashOf(Path dir) {
    Path absolute = dir.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + ".deleting");
  }

  /** Renames the store while holding its TDB2 lock, so no other program opens it meanwhile. */
  private static void moveAsideLocked(Path dir, Path trash) throws IOException {
    Path lockFile = dir.resolve(Names.TDB_LOCK_FILE);
    if (!Files.exists(lockFile)) {
      Files.createFile(lockFile);
    }
    ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
    if (lock.isLockedHere()) {
      // Open in this very process; releasing the lock object here would unlock it for others.
      throw TdbStore.inUse(dir, Long.toString(ProcessHandle.current().pid()), null);
    }
    try {
      lock.lockEx();
      Files.move(dir, trash, StandardCopyOption.ATOMIC_MOVE);
    } catch (DBOpEnvException e) {
      throw TdbStore.inUse(dir, TdbStore.lockHolder(e).orElse("unknown"), e);
    } finally {
      ProcessFileLock.release(lock);
    }
  }

  /** Deletes a folder tree; files that vanish meanwhile (another sdkg deleting it) are fine. */
  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            CrashPoints.reach("delete-store");
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(folder);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
