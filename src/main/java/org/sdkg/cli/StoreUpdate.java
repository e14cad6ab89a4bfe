package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sdkg.ingest.IngestResult;
import org.sdkg.ingest.KnownFiles;
import org.sdkg.store.BuildReport;
import org.sdkg.store.DumpFormat;
import org.sdkg.store.Dumper;
import org.sdkg.store.GraphBuild;
import org.sdkg.store.TdbStore;

/**
 * One update of an open store from the article files, and what it tells the user: what {@code sdkg
 * build} does once and {@code sdkg watch} after every change. Reads the articles (skipping the
 * files the last update saw unchanged), runs the {@link GraphBuild}, records the files read, writes
 * the Turtle dump unless told not to or it is current, and prints the problems, the notes and the
 * summary line.
 */
final class StoreUpdate {
  private final Path storePath;
  private final List<Path> articles;
  private final InputOptions input;
  private final Optional<Path> dump;
  private final PrintWriter err;
  private boolean toldMadeAgain;

  /**
   * @param dump where the Turtle dump goes; empty for none ({@code --no-dump})
   */
  StoreUpdate(
      Path storePath,
      List<Path> articles,
      InputOptions input,
      Optional<Path> dump,
      PrintWriter err) {
    this.storePath = storePath;
    this.articles = articles;
    this.input = input;
    this.dump = dump;
    this.err = err;
  }

  /** Fails with the fix when an article path is missing. */
  void checkArticlesExist() {
    for (Path path : articles) {
      if (!Files.exists(path)) {
        throw new UserException(
            path + " does not exist; put articles there or pass --articles PATH");
      }
    }
  }

  /**
   * Brings {@code tdb} up to date with the articles; returns the exit code: 0, or 1 when a file was
   * skipped or an article failed.
   */
  int run(TdbStore tdb, GraphBuild build) throws IOException {
    IngestResult[] read = new IngestResult[1];
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    KnownFiles known = tdb.knownFiles();
    BuildReport report =
        build.run(tdb, sink -> read[0] = input.read(articles, sink, known), progress);
    tdb.recordKnownFiles(known);
    progress.clear();
    IngestResult ingest = input.report(read[0], err);
    if (dump.isPresent() && !tdb.dumpIsCurrent(dump.get())) {
      new Dumper(tdb).write(DumpFormat.TTL, Optional.empty(), dump.get());
      tdb.recordDump(dump.get());
    }
    report.failed().forEach(p -> err.println(p.format()));
    if (tdb.madeAgain() && !toldMadeAgain) {
      toldMadeAgain = true; // once, not after every update of sdkg watch
      err.println(
          "the first build of "
              + storePath
              + " was interrupted while loading the articles; this build made the store anew");
    }
    if (report.resumed()) {
      err.println(
          "the last build of " + storePath + " was interrupted; this build completed its work");
    }
    if (report.codeChanged()) {
      err.println(
          "sdkg has changed since the last build of "
              + storePath
              + ": every article was extracted again");
    }
    int code = input.exitCode(ingest, err);
    err.println(summary(ingest, report));
    err.flush();
    return code == 0 && report.failed().isEmpty() ? 0 : 1;
  }

  private String summary(IngestResult ingest, BuildReport r) {
    return String.format(
        Locale.ROOT,
        "built %s%s: %s read (%d extracted, %d unchanged, %d removed), %d skipped;"
            + " %s, %s, %s in %.1f s",
        storePath,
        dump.map(d -> " and " + d).orElse(""),
        count(r.read(), "article"),
        r.extracted(),
        r.unchanged(),
        r.removed(),
        ingest.skipped().size() + r.failed().size(),
        count(r.cooperations(), "cooperation"),
        count(r.entities(), "entity", "entities"),
        count(r.triples(), "triple"),
        r.time().toMillis() / 1000.0);
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A one-line counter on a terminal; nothing when stderr goes to a file or a pipe. */
  private static final class ProgressLine implements GraphBuild.Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void update(int done) {
      if (terminal) {
        err.print("\rextracted " + done + " articles");
        err.flush();
        shown = true;
      }
    }

    /** Clears the line before other output. */
    void clear() {
      if (shown) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
    }
  }
}
