package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FolderWatcher} on a real folder: changes to ignored paths (a command's own output inside
 * the watched folder) are not changes, folders created later are watched, and closing ends a wait.
 */
class FolderWatcherTest {
  private static final Duration QUIET = Duration.ofMillis(50);
  private static final long WAIT_S = 10;

  @TempDir Path dir;

  private final ExecutorService waiter = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    waiter.shutdownNow();
  }

  @Test
  void awaitChange_ignoresChangesToIgnoredPaths_andReturnsOnARealOne() throws Exception {
    Path out = Files.createDirectories(dir.resolve("output"));
    try (FolderWatcher watcher =
        FolderWatcher.watch(List.of(dir), p -> p.startsWith(out.toAbsolutePath()))) {
      assertEquals(1, watcher.folders(), "the ignored folder is not watched");
      Future<Boolean> change = waiter.submit(() -> watcher.awaitChange(QUIET));
      Files.writeString(out.resolve("sdkg.ttl"), "dump");
      Files.writeString(dir.resolve("output").resolve(".sdkg.ttl.1.tmp"), "dump");
      // Within the ignored folder nothing is seen at all; in the watched one the folder's own
      // modification is reported under the ignored path and skipped.
      Files.setLastModifiedTime(out, java.nio.file.attribute.FileTime.fromMillis(0));
      Thread.sleep(10 * QUIET.toMillis());
      assertFalse(change.isDone(), "only the ignored output changed");

      Files.writeString(dir.resolve("a.txt"), "date 2024-01-01 A\n\nText.\n");
      assertTrue(change.get(WAIT_S, TimeUnit.SECONDS));
    }
  }

  @Test
  void awaitChange_seesFilesInFoldersCreatedWhileWatching() throws Exception {
    try (FolderWatcher watcher = FolderWatcher.watch(List.of(dir), p -> false)) {
      Future<Boolean> created = waiter.submit(() -> watcher.awaitChange(QUIET));
      Path sub = Files.createDirectories(dir.resolve("more"));
      assertTrue(created.get(WAIT_S, TimeUnit.SECONDS));
      assertEquals(2, watcher.folders());

      Future<Boolean> added = waiter.submit(() -> watcher.awaitChange(QUIET));
      Files.writeString(sub.resolve("b.txt"), "date 2024-01-01 B\n\nText.\n");
      assertTrue(added.get(WAIT_S, TimeUnit.SECONDS));
    }
  }

  @Test
  void close_endsAWaitWithFalse() throws Exception {
    FolderWatcher watcher = FolderWatcher.watch(List.of(dir), p -> false);
    Future<Boolean> waiting = waiter.submit(() -> watcher.awaitChange(QUIET));
    // Closed while the waiter blocks, or before it starts: either way the wait ends with false.
    watcher.close();
    assertFalse(waiting.get(WAIT_S, TimeUnit.SECONDS));
  }
}
