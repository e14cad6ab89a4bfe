package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.store.CodeFingerprint;
import org.sdkg.store.CrashPoints;
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
    mixinStandardHelpOptions = true,
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

  @Mixin UpdateOptions options;

  public BuildCommand() {
    this(Extractors::newExtractor);
  }

  /** With another source of extractors (tests use scripted ones). */
  BuildCommand(Supplier<Extractor> extractors) {
    this.extractors = extractors;
  }

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
    StoreUpdate update = options.update(store.path(), input, err);
    update.checkArticlesExist();
    Extractors.preload();
    Supplier<String> fingerprint = CodeFingerprint.currentInBackground();
    try {
      if (rebuild) {
        TdbStore.delete(store.path());
      }
      // The store first: a second build on the same store fails at once, before reading articles.
      try (TdbStore tdb = TdbStore.openOrCreate(store.path())) {
        CrashPoints.reach("store-opened");
        GraphBuild build =
            new GraphBuild(
                extractors, ArticleGraphMapper.create(), fingerprint.get(), input.threads(), batch);
        return update.run(tdb, build);
      }
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
