package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.FolderWatcher;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.store.CodeFingerprint;
import org.sdkg.store.GraphBuild;
import org.sdkg.store.StoreException;
import org.sdkg.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg watch}: {@code sdkg build}, then again after every change to the article files, with
 * the JVM, the models and the store kept open, until stopped.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Keep the store up to date while the articles change: build once, then again after every"
          + " change to the article files, until stopped (Ctrl-C).",
      "The models and the store stay open, so one changed article costs its extraction and the"
          + " update of what it touches; the store is locked meanwhile, as during a build."
    })
public final class WatchCommand implements Callable<Integer> {
  /** How long a stop waits for the store to be closed when no update is running. */
  private static final Duration CLOSING = Duration.ofSeconds(10);

  private final Supplier<Extractor> extractors;

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin InputOptions input;

  @Mixin UpdateOptions options;

  public WatchCommand() {
    this(Extractors::newExtractor);
  }

  /** With another source of extractors (tests use scripted ones). */
  WatchCommand(Supplier<Extractor> extractors) {
    this.extractors = extractors;
  }

  @Option(
      names = "--quiet",
      paramLabel = "MS",
      description =
          "Milliseconds without further changes before an update starts, so that files written or"
              + " copied in several steps give one update (default: ${DEFAULT-VALUE}).",
      defaultValue = "500")
  long quietMillis;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (input.threads() < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1; found " + input.threads());
    }
    if (quietMillis < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--quiet must be 0 or more; found " + quietMillis);
    }
    StoreUpdate update = options.update(store.path(), input, err);
    update.checkArticlesExist();
    Extractors.preload();
    Supplier<String> fingerprint = CodeFingerprint.currentInBackground();
    CountDownLatch closed = new CountDownLatch(1);
    AtomicBoolean waiting = new AtomicBoolean();
    try (TdbStore tdb = TdbStore.openOrCreate(store.path());
        FolderWatcher watcher =
            FolderWatcher.watch(options.articles(), ownOutput(options.dump()))) {
      GraphBuild build =
          new GraphBuild(
              extractors,
              ArticleGraphMapper.create(),
              fingerprint.get(),
              input.threads(),
              GraphBuild.BATCH);
      // Stopped while waiting: close the store so its lock is released at once. Stopped during an
      // update: the process ends as a killed build does, and the next build completes its work.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    if (!waiting.get()) {
                      return;
                    }
                    watcher.close();
                    try {
                      closed.await(CLOSING.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "sdkg-watch-stop"));
      for (boolean changed = true; changed; ) {
        update.run(tdb, build);
        err.println(
            "watching "
                + watcher.folders()
                + (watcher.folders() == 1 ? " folder" : " folders")
                + " for changes; Ctrl-C stops");
        err.flush();
        waiting.set(true);
        changed = watcher.awaitChange(Duration.ofMillis(quietMillis));
        waiting.set(false);
      }
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** The store folder and the dump (with its temporary files) change with every update. */
  private Predicate<Path> ownOutput(Optional<Path> dump) {
    Path storeDir = store.path().toAbsolutePath().normalize();
    Optional<Path> dumpFile = dump.map(d -> d.toAbsolutePath().normalize());
    return path ->
        path.startsWith(storeDir)
            || dumpFile
                .map(
                    d ->
                        path.equals(d)
                            || (path.getParent().equals(d.getParent())
                                && path.getFileName().toString().startsWith("." + d.getFileName())))
                .orElse(false);
  }
}
