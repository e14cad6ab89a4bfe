package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.sdkg.store.GraphResult;
import org.sdkg.store.GraphSources;
import org.sdkg.store.GraphUpload;
import org.sdkg.store.LoadException;
import org.sdkg.store.LoadListener;
import org.sdkg.store.LoadReport;
import org.sdkg.store.Placement;
import org.sdkg.store.RemoteLoader;
import org.sdkg.store.RetryPolicy;
import org.sdkg.store.StoreException;
import org.sdkg.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg load}: pushes the store's graphs (or RDF files) into a running SPARQL server with the
 * Graph Store Protocol. Named graphs are replaced (HTTP PUT), so a rerun never duplicates.
 */
@Command(
    name = LoadCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Load the knowledge graph into a running Fuseki (or any SPARQL Graph Store) server.",
      "Each named graph replaces the same graph on the server (HTTP PUT): rerunning never"
          + " duplicates triples and completes a partial load."
    })
public final class LoadCommand implements Callable<Integer> {
  static final String COMMAND_NAME = "load";

  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      required = true,
      paramLabel = "URL",
      description = "Dataset URL of the server, e.g. http://localhost:3030/ds")
  String endpoint;

  @Mixin CredentialsOptions login;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "TDB2 store whose graphs are sent (default: output/store when no FILE is given).")
  Path store;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "RDF files to send instead of a store (.trig, .nq; .ttl, .nt, .jsonld, .rdf"
              + " need --graph or --default-graph).")
  List<Path> files = List.of();

  @ArgGroup(exclusive = true)
  Target target;

  /** --graph and --default-graph exclude each other. */
  static final class Target {
    @Option(
        names = "--graph",
        paramLabel = "IRI",
        description = "Put all triples of the FILEs into this one named graph (replacing it).")
    String graph;

    @Option(
        names = "--default-graph",
        description = "Merge everything into the server's default graph (HTTP POST).")
    boolean defaultGraph;
  }

  @Option(names = "--dry-run", description = "List what would be sent; send nothing.")
  boolean dryRun;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Retries for transient failures (refused connection, HTTP 502/503/504), waiting 0.5 s,"
              + " 1 s, 2 s, ... (default: ${DEFAULT-VALUE}).")
  int retries;

  @Override
  public Integer call() {
    if (store != null && !files.isEmpty()) {
      throw usage("give either --store DIR or FILEs, not both");
    }
    if (retries < 0) {
      throw usage("--retries " + retries + ": use 0 or more");
    }
    Placement placement = placement();
    if (files.isEmpty() && placement instanceof Placement.IntoGraph) {
      throw usage("--graph applies to FILEs; a store keeps its own graph names");
    }
    RemoteLoader loader;
    try {
      loader = RemoteLoader.to(endpoint, new RetryPolicy(retries, Duration.ofMillis(500)));
    } catch (LoadException e) {
      throw usage(e.getMessage());
    }
    var credentials = login.credentials();
    if (credentials.isPresent()) {
      loader = loader.withCredentials(credentials.get());
    }
    return files.isEmpty() ? loadStore(loader, placement) : loadFiles(loader, placement);
  }

  private int loadStore(RemoteLoader loader, Placement placement) {
    Path dir = store == null ? Path.of("output/store") : store;
    TdbStore opened;
    try {
      opened = TdbStore.openExisting(dir);
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    }
    try (TdbStore tdb = opened) {
      List<GraphUpload> uploads = GraphSources.fromStore(tdb.dataset(), "store " + dir, placement);
      return send(loader, uploads, 0);
    }
  }

  private int loadFiles(RemoteLoader loader, Placement placement) {
    GraphSources.FileGraphs read = GraphSources.fromFiles(files, placement);
    PrintWriter err = spec.commandLine().getErr();
    read.problems().forEach(p -> err.println("sdkg: " + p));
    err.flush();
    if (read.uploads().isEmpty()) {
      throw new UserException(
          "nothing to send: none of the " + files.size() + " file(s) could be used (see above)");
    }
    return send(loader, read.uploads(), read.problems().size());
  }

  private int send(RemoteLoader loader, List<GraphUpload> uploads, int badFiles) {
    PrintWriter out = spec.commandLine().getOut();
    if (uploads.isEmpty()) {
      throw new UserException("the store holds no graphs; run `sdkg build` first");
    }
    if (dryRun) {
      return dryRun(loader, uploads, badFiles);
    }
    ProgressPrinter progress = new ProgressPrinter(out, spec.commandLine().getErr());
    LoadReport report;
    try {
      loader.checkEndpoint(progress);
      report = loader.load(uploads, progress);
    } catch (LoadException e) {
      throw new UserException(e.getMessage(), e);
    }
    out.printf(
        Locale.ROOT,
        "loaded %d of %d graphs (%d triples) into %s in %.1f s%n",
        report.count(GraphResult.Outcome.SENT),
        report.results().size(),
        report.triplesSent(),
        loader.datasetUrl(),
        report.elapsed().toMillis() / 1000.0);
    out.flush();
    if (!report.complete()) {
      String firstError =
          report.results().stream()
              .filter(r -> r.outcome() == GraphResult.Outcome.FAILED)
              .map(GraphResult::message)
              .findFirst()
              .orElse("");
      throw new UserException(
          (report.results().size() - report.count(GraphResult.Outcome.SENT))
              + " graph(s) not loaded: "
              + firstError
              + "; rerun once fixed (graphs are replaced, never duplicated)");
    }
    if (badFiles > 0) {
      throw new UserException(badFiles + " file(s) skipped (see above); the rest was loaded");
    }
    return 0;
  }

  private int dryRun(RemoteLoader loader, List<GraphUpload> uploads, int badFiles) {
    PrintWriter out = spec.commandLine().getOut();
    long triples = 0;
    for (GraphUpload u : uploads) {
      out.printf(
          "would %s %s  %d triples  from %s%n", u.httpMethod(), u.label(), u.triples(), u.source());
      triples += u.triples();
    }
    out.printf(
        "dry run: %d graphs, %d triples for %s; nothing sent%n",
        uploads.size(), triples, loader.graphStoreUrl());
    out.flush();
    return badFiles > 0 ? 1 : 0;
  }

  private Placement placement() {
    if (target == null) {
      return new Placement.AsInSource();
    }
    if (target.defaultGraph) {
      return new Placement.IntoDefaultGraph();
    }
    try {
      IRIx iri = IRIx.create(target.graph);
      if (!iri.isAbsolute()) {
        throw usage(
            "--graph " + target.graph + ": use an absolute IRI, e.g. https://example.org/g");
      }
    } catch (IRIException e) {
      throw usage("--graph " + target.graph + ": not an IRI (" + e.getMessage() + ")");
    }
    return new Placement.IntoGraph(NodeFactory.createURI(target.graph));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Prints one line per graph to stdout and retry notices to stderr. */
  private record ProgressPrinter(PrintWriter out, PrintWriter err) implements LoadListener {
    @Override
    public void retrying(
        String what, int nextAttempt, int attempts, Duration delay, String reason) {
      err.printf(
          Locale.ROOT,
          "sdkg: %s failed (%s); retry %d of %d in %.1f s%n",
          what,
          reason,
          nextAttempt - 1,
          attempts - 1,
          delay.toMillis() / 1000.0);
      err.flush();
    }

    @Override
    public void finished(GraphResult r, int index, int total) {
      String status =
          switch (r.outcome()) {
            case SENT -> String.format(Locale.ROOT, "ok (%.2f s)", r.elapsed().toMillis() / 1000.0);
            case FAILED -> "FAILED: " + r.message();
            case NOT_SENT -> "not sent";
          };
      out.printf(
          "[%d/%d] %s %s  %d triples  %s%n",
          index, total, r.upload().httpMethod(), r.upload().label(), r.upload().triples(), status);
      out.flush();
    }
  }
}
