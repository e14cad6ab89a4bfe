package org.sdkg.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Waits for changes to article files: every folder under the watched paths (a file is watched
 * through its folder) through the platform's {@link WatchService} (inotify on Linux), folders
 * created later included. A change is reported once the files have been quiet for a while, so a
 * file written in several steps, or a folder of files copied in, gives one update, not one per
 * write.
 */
public final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final Predicate<Path> ignored;
  private final Set<Path> folders = new HashSet<>();

  private FolderWatcher(WatchService service, Predicate<Path> ignored) {
    this.service = service;
    this.ignored = ignored;
  }

  /**
   * Starts watching {@code paths} (files or folders; folders recursively). Changes to paths that
   * {@code ignored} accepts (absolute and normalised; the command's own output) are not changes.
   */
  public static FolderWatcher watch(List<Path> paths, Predicate<Path> ignored) {
    try {
      FolderWatcher watcher =
          new FolderWatcher(FileSystems.getDefault().newWatchService(), ignored);
      for (Path path : paths) {
        Path absolute = path.toAbsolutePath().normalize();
        watcher.register(Files.isDirectory(absolute) ? absolute : absolute.getParent());
      }
      return watcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Folders watched so far. */
  public int folders() {
    return folders.size();
  }

  /**
   * Blocks until something under the watched paths changes and then stays unchanged for {@code
   * quiet}. Returns false when the watcher was closed meanwhile (the command is stopping).
   */
  public boolean awaitChange(Duration quiet) throws InterruptedException {
    try {
      while (!handle(service.take())) {
        // only ignored paths changed
      }
      WatchKey key;
      while ((key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
        handle(key);
      }
      return true;
    } catch (ClosedWatchServiceException e) {
      return false;
    }
  }

  /** Takes the key's events; says whether any of them is a change that counts. */
  private boolean handle(WatchKey key) {
    Path folder = (Path) key.watchable();
    boolean counts = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        counts = true; // events were lost: something changed
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (ignored.test(path)) {
        continue;
      }
      counts = true;
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          register(path);
        } catch (IOException e) {
          // Gone again, or unreadable: the update that follows reports what it cannot read.
        }
      }
    }
    if (!key.reset()) {
      folders.remove(folder);
    }
    return counts;
  }

  private void register(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
        if (!ignored.test(folder) && folders.add(folder)) {
          folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        }
      }
    }
  }

  /** Stops watching; a thread blocked in {@link #awaitChange} returns false. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
