package org.sdkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sdkg.ontology.JsonLdContexts;

/**
 * Turns a TDB2 store or RDF files into the list of {@link GraphUpload}s that {@code load} sends.
 */
public final class GraphSources {
  private GraphSources() {}

  /** The uploads read from files, and one message per file that could not be used. */
  public record FileGraphs(List<GraphUpload> uploads, List<String> problems) {}

  /**
   * One upload per graph of {@code store}, in IRI order (article graphs, then merged, then
   * ontology). Graph contents are read when sent, each in its own read transaction.
   *
   * @param placement {@link Placement.AsInSource} or {@link Placement.IntoDefaultGraph}
   */
  public static List<GraphUpload> fromStore(
      DatasetGraph store, String source, Placement placement) {
    if (placement instanceof Placement.IntoGraph) {
      throw new IllegalArgumentException("a store keeps its own graph names; --graph is for files");
    }
    boolean intoDefault = placement instanceof Placement.IntoDefaultGraph;
    List<Node> names =
        Txn.calculateRead(
            store,
            () -> {
              List<Node> all = new ArrayList<>();
              store.listGraphNodes().forEachRemaining(all::add);
              return all;
            });
    names.sort(Comparator.comparing(Node::toString));
    List<GraphUpload> uploads = new ArrayList<>();
    for (Node name : names) {
      long size = Txn.calculateRead(store, () -> store.getGraph(name).size());
      uploads.add(
          new GraphUpload(
              intoDefault ? GraphUpload.DEFAULT_GRAPH : name,
              intoDefault ? GraphUpload.Mode.MERGE : GraphUpload.Mode.REPLACE,
              source,
              size,
              () -> copyOf(store, name)));
    }
    long defaultSize = Txn.calculateRead(store, () -> store.getDefaultGraph().size());
    if (defaultSize > 0) {
      // Never PUT a store's default graph: that would wipe whatever the server keeps there.
      uploads.add(
          new GraphUpload(
              GraphUpload.DEFAULT_GRAPH,
              GraphUpload.Mode.MERGE,
              source,
              defaultSize,
              () -> copyOf(store, GraphUpload.DEFAULT_GRAPH)));
    }
    return uploads;
  }

  /**
   * Parses {@code files} (format from the file extension) and groups their triples by target graph.
   * A file that cannot be read or parsed is reported in {@link FileGraphs#problems()} and the other
   * files are still used. The same graph named in two files is sent once, with both files' triples.
   */
  public static FileGraphs fromFiles(List<Path> files, Placement placement) {
    List<String> problems = new ArrayList<>();
    Map<Node, Graph> replace = new LinkedHashMap<>();
    Map<Node, List<String>> sources = new LinkedHashMap<>();
    Graph merge = GraphFactory.createDefaultGraph();
    List<String> mergeSources = new ArrayList<>();
    for (Path file : files) {
      DatasetGraph parsed = parse(file, problems);
      if (parsed == null) {
        continue;
      }
      String name = file.toString();
      if (placement instanceof Placement.IntoGraph into) {
        addAll(
            parsed, replace.computeIfAbsent(into.graph(), g -> GraphFactory.createDefaultGraph()));
        sources.computeIfAbsent(into.graph(), g -> new ArrayList<>()).add(name);
      } else if (placement instanceof Placement.IntoDefaultGraph) {
        addAll(parsed, merge);
        mergeSources.add(name);
      } else {
        placeAsInSource(file, parsed, replace, sources, merge, mergeSources, problems);
      }
    }
    List<GraphUpload> uploads = new ArrayList<>();
    replace.forEach(
        (graphName, graph) ->
            uploads.add(
                new GraphUpload(
                    graphName,
                    GraphUpload.Mode.REPLACE,
                    String.join(", ", sources.get(graphName)),
                    graph.size(),
                    () -> graph)));
    if (!mergeSources.isEmpty() && !merge.isEmpty()) {
      uploads.add(
          new GraphUpload(
              GraphUpload.DEFAULT_GRAPH,
              GraphUpload.Mode.MERGE,
              String.join(", ", mergeSources),
              merge.size(),
              () -> merge));
    }
    return new FileGraphs(uploads, problems);
  }

  private static void placeAsInSource(
      Path file,
      DatasetGraph parsed,
      Map<Node, Graph> replace,
      Map<Node, List<String>> sources,
      Graph merge,
      List<String> mergeSources,
      List<String> problems) {
    Lang lang = RDFLanguages.filenameToLang(file.toString());
    if (RDFLanguages.isTriples(lang)) {
      problems.add(
          file
              + ": "
              + lang.getName()
              + " holds triples without a graph name; add --graph IRI (replaces that graph) or"
              + " --default-graph (merges into the default graph)");
      return;
    }
    parsed
        .listGraphNodes()
        .forEachRemaining(
            graphName -> {
              addAll(parsed.getGraph(graphName), replace, graphName);
              sources.computeIfAbsent(graphName, g -> new ArrayList<>()).add(file.toString());
            });
    if (!parsed.getDefaultGraph().isEmpty()) {
      parsed.getDefaultGraph().find().forEachRemaining(merge::add);
      mergeSources.add(file.toString());
    }
  }

  private static DatasetGraph parse(Path file, List<String> problems) {
    Lang lang = RDFLanguages.filenameToLang(file.toString());
    if (lang == null) {
      problems.add(
          file + ": unknown RDF file extension; use .trig, .nq, .ttl, .nt, .jsonld or .rdf");
      return null;
    }
    if (!Files.isRegularFile(file)) {
      problems.add(file + ": no such file");
      return null;
    }
    JsonLdContexts.refuseRemote();
    DatasetGraph parsed = DatasetGraphFactory.createGeneral();
    try {
      RDFParser.source(file)
          .lang(lang)
          .errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
          .parse(parsed);
      return parsed;
    } catch (RiotParseException e) {
      // Jena reports line -1 when it has no position (e.g. a JSON-LD loading error).
      String at = e.getLine() > 0 ? file + ":" + e.getLine() : file.toString();
      problems.add(at + ": " + e.getOriginalMessage() + "; fix the file");
    } catch (RiotException e) {
      problems.add(file + ": " + e.getMessage() + "; fix the file");
    }
    return null;
  }

  private static void addAll(DatasetGraph from, Graph into) {
    from.find().forEachRemaining(quad -> into.add(quad.asTriple()));
  }

  private static void addAll(Graph from, Map<Node, Graph> into, Node graphName) {
    Graph target = into.computeIfAbsent(graphName, g -> GraphFactory.createDefaultGraph());
    from.find().forEachRemaining(target::add);
  }

  private static Graph copyOf(DatasetGraph store, Node graphName) {
    return Txn.calculateRead(
        store,
        () -> {
          Graph copy = GraphFactory.createDefaultGraph();
          store.getGraph(graphName).find().forEachRemaining(copy::add);
          return copy;
        });
  }
}
