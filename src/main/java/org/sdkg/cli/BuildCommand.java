package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.IngestResult;
import org.sdkg.ingest.KnownFiles;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.store.BuildReport;
import org.sdkg.store.CodeFingerprint;
import org.sdkg.store.CrashPoints;
import org.sdkg.store.DumpFormat;
import org.sdkg.store.Dumper;
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
 * {@code sdkg build}: articles to the TDB2 store and the Turtle dump, re-extracting only changes.
 */
@Command(
    name = BuildCommand.COMMAND_NAME,
    description = {
      "Build the knowledge graph: read the articles, extract, write the TDB2 store and a Turtle"
          + " dump.",
      "Reruns extract only new or changed articles; --rebuild starts from scratch."
    })
public final class BuildCommand implements Callable<Integer> {
  public static final String COMMAND_NAME = "build";

  private final Supplier<Extractor> extractors;

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin InputOptions input;

  public BuildCommand() {
    this(Extractors::newExtractor);
  }

  /** With another source of extractors (tests use scripted ones). */
  BuildCommand(Supplier<Extractor> extractors) {
    this.extractors = extractors;
  }

  @Option(
      names = "--articles",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Article files or folders, read recursively (default: ${DEFAULT-VALUE}).",
      defaultValue = "articles")
  List<Path> articles;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Turtle dump written after the build (default: ${DEFAULT-VALUE}).",
      defaultValue = "output/sdkg.ttl")
  Path output;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Articles extracted and written per step (default: ${DEFAULT-VALUE}). A write"
              + " transaction commits once it holds a batch and a quarter of the articles the store"
              + " already held, so a killed build loses at most that; smaller batches hold less"
              + " in memory. A first build into an empty store goes through TDB2's bulk loader"
              + " instead, and a killed one starts again.",
      defaultValue = "" + GraphBuild.BATCH)
  int batch;

  @Option(
      names = "--no-dump",
      description =
          "Update the store only, without writing the Turtle dump: for large stores updated"
              + " often, where rewriting the whole dump dominates; sdkg dump writes it when needed.")
  boolean noDump;

  @Option(names = "--rebuild", description = "Delete the store and extract every article again.")
  boolean rebuild;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--batch must be at least 1; found " + batch);
    }
    if (input.threads() < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1; found " + input.threads());
    }
    for (Path input : articles) {
      if (!Files.exists(input)) {
        throw new UserException(
            input + " does not exist; put articles there or pass --articles PATH");
      }
    }
    Extractors.preload();
    Supplier<String> fingerprint = CodeFingerprint.currentInBackground();
    IngestResult ingest;
    BuildReport report;
    boolean madeAgain;
    try {
      if (rebuild) {
        TdbStore.delete(store.path());
      }
      // The store first: a second build on the same store fails at once, before reading articles.
      try (TdbStore tdb = TdbStore.openOrCreate(store.path())) {
        madeAgain = tdb.madeAgain();
        CrashPoints.reach("store-opened");
        GraphBuild build =
            new GraphBuild(
                extractors, ArticleGraphMapper.create(), fingerprint.get(), input.threads(), batch);
        IngestResult[] read = new IngestResult[1];
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        KnownFiles known = tdb.knownFiles();
        report = build.run(tdb, sink -> read[0] = input.read(articles, sink, known), progress);
        tdb.recordKnownFiles(known);
        progress.clear();
        ingest = input.report(read[0], err);
        if (!noDump && !tdb.dumpIsCurrent(output)) {
          new Dumper(tdb).write(DumpFormat.TTL, Optional.empty(), output);
          tdb.recordDump(output);
        }
      }
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    }
    report.failed().forEach(p -> err.println(p.format()));
    if (madeAgain) {
      err.println(
          "the first build of "
              + store.path()
              + " was interrupted while loading the articles; this build made the store anew");
    }
    if (report.resumed()) {
      err.println(
          "the last build of " + store.path() + " was interrupted; this build completed its work");
    }
    if (report.codeChanged()) {
      err.println(
          "sdkg has changed since the last build of "
              + store.path()
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
        store.path(),
        noDump ? "" : " and " + output,
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
