package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sdkg.ontology.RdfFileException;
import org.sdkg.ontology.RdfFiles;
import org.sdkg.ontology.ShapesValidator;
import org.sdkg.ontology.Violation;
import org.sdkg.rdf.Iris;
import org.sdkg.store.BulkLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg validate}: SHACL-checks RDF files or every graph of a store against the shapes
 * shipped in {@code ontology/shapes.ttl}. One line per violation on stdout; unreadable files on
 * stderr; exit 1 if anything does not conform or cannot be read, after checking everything else.
 */
@Command(
    name = ValidateCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Check RDF files (each graph alone), or a store (its data graphs together), against the"
          + " sdkg SHACL shapes.",
      "Prints each violation as: focus-node  path  message. Exit 1 when any."
    })
public final class ValidateCommand implements Callable<Integer> {
  public static final String COMMAND_NAME = "validate";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf); quads are checked per graph.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Check the TDB2 store in DIR instead of files: its article and merged graphs together.")
  Path store;

  private int graphs;
  private int failedGraphs;
  private int violations;
  private int unreadable;

  @Override
  public Integer call() {
    if (store != null && !files.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either FILE... or --store DIR, not both");
    }
    if (store == null && files.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "nothing to validate: give RDF files or --store DIR");
    }
    ShapesValidator validator = ShapesValidator.load();
    if (store != null) {
      validateStore(validator);
    } else {
      validateFiles(validator);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(summary());
    err.flush();
    spec.commandLine().getOut().flush();
    return failedGraphs == 0 && unreadable == 0 ? 0 : 1;
  }

  private void validateFiles(ShapesValidator validator) {
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) {
      DatasetGraph dataset;
      try {
        dataset = RdfFiles.read(file, err::println);
      } catch (RdfFileException e) {
        err.println(e.getMessage());
        unreadable++;
        continue;
      }
      validateDataset(validator, dataset, file.toString());
    }
  }

  private void validateStore(ShapesValidator validator) {
    if (!isTdb2Store(store)) {
      throw new UserException("no store at " + store + "; run `sdkg build` first");
    }
    Dataset dataset;
    try {
      dataset = TDB2Factory.connectDataset(store.toString());
    } catch (RuntimeException e) {
      throw new UserException(
          "cannot open the store at "
              + store
              + " ("
              + e.getMessage()
              + "); is `sdkg serve` using it?",
          e);
    }
    try {
      if (BulkLoad.interrupted(store)) {
        throw new UserException(BulkLoad.incomplete(store).getMessage());
      }
      Txn.executeRead(dataset, () -> validateStoreData(validator, dataset.asDatasetGraph()));
    } finally {
      TDBInternal.expel(dataset.asDatasetGraph());
    }
  }

  /**
   * A built store is checked as one graph: the union of its article graphs and merged graph. A
   * cooperation node is shared by the article graphs that report it and the merged graph, and its
   * settled values (sd:status, sd:mentionCount) live in the merged graph only, so no one graph of
   * the store is meant to conform alone. The ontology graph is the validator's background already.
   */
  private void validateStoreData(ShapesValidator validator, DatasetGraph dataset) {
    Graph data = GraphFactory.createDefaultGraph();
    Node ontology = Iris.ONTOLOGY_GRAPH.asNode();
    int named = 0;
    for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
      Node name = it.next();
      if (!name.equals(ontology)) {
        named++;
        dataset.getGraph(name).find().forEachRemaining(data::add);
      }
    }
    dataset.getDefaultGraph().find().forEachRemaining(data::add);
    if (data.isEmpty()) {
      spec.commandLine().getOut().println(store + ": the store holds no graphs");
      return;
    }
    report(store + " (union of " + plural(named, "data graph") + ")", validator.validate(data));
  }

  private void validateDataset(ShapesValidator validator, DatasetGraph dataset, String source) {
    if (!dataset.getDefaultGraph().isEmpty()) {
      report(source, validator.validate(dataset.getDefaultGraph()));
    }
    List<Node> names = new ArrayList<>();
    for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
      names.add(it.next());
    }
    names.sort(java.util.Comparator.comparing(Node::toString));
    for (Node name : names) {
      Graph graph = dataset.getGraph(name);
      report(source + " <" + name.getURI() + ">", validator.validate(graph));
    }
  }

  private void report(String source, List<Violation> found) {
    PrintWriter out = spec.commandLine().getOut();
    graphs++;
    if (found.isEmpty()) {
      out.println(source + ": conforms");
      return;
    }
    failedGraphs++;
    violations += found.size();
    out.println(source + ": " + plural(found.size(), "violation"));
    for (Violation v : found) {
      out.println("  " + v.line());
    }
  }

  private String summary() {
    String checked = plural(graphs, "graph") + " checked";
    String result =
        failedGraphs == 0
            ? "all conform"
            : plural(violations, "violation") + " in " + plural(failedGraphs, "graph");
    String files = unreadable == 0 ? "" : "; " + plural(unreadable, "file") + " could not be read";
    return "sdkg validate: " + checked + ", " + result + files;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean isTdb2Store(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
