package org.sdkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes the store, or one of its named graphs, in any {@link DumpFormat}, in a canonical order so
 * the same store content always gives the same bytes.
 */
public final class Dumper {
  private final TdbStore store;

  public Dumper(TdbStore store) {
    this.store = store;
  }

  /**
   * Writes to {@code out}.
   *
   * @param graph IRI of the one named graph to write, or empty for all of them
   */
  public void write(DumpFormat format, Optional<String> graph, OutputStream out) {
    writer(format, graph).output(out);
  }

  /** Writes to a character stream (standard output through picocli). */
  public void write(DumpFormat format, Optional<String> graph, Writer out) {
    writer(format, graph).output(out);
  }

  private RDFWriter writer(DumpFormat format, Optional<String> graph) {
    Snapshot snapshot = store.read(() -> snapshot(format, graph));
    return format.keepsGraphs()
        ? RDFWriter.source(snapshot.dataset()).format(format.jenaFormat()).build()
        : RDFWriter.source(snapshot.graph()).format(format.jenaFormat()).build();
  }

  /** Writes to {@code file}, replacing it only once the whole dump is written. */
  public void write(DumpFormat format, Optional<String> graph, Path file) throws IOException {
    AtomicFile.write(file, out -> write(format, graph, out));
  }

  private record Snapshot(DatasetGraph dataset, org.apache.jena.graph.Graph graph) {}

  private Snapshot snapshot(DumpFormat format, Optional<String> graph) {
    DatasetGraph source = store.dataset();
    List<Node> names = new ArrayList<>();
    if (graph.isPresent()) {
      Node name = NodeFactory.createURI(graph.get());
      if (!source.containsGraph(name)) {
        throw new StoreException(
            "no graph <" + graph.get() + "> in " + store.dir() + "; sdkg stats lists the graphs");
      }
      names.add(name);
    } else {
      source.listGraphNodes().forEachRemaining(names::add);
    }
    PrefixMap prefixes = PrefixMapFactory.create(source.prefixes());
    if (format.keepsGraphs()) {
      return new Snapshot(StableOrder.dataset(source, names, prefixes), null);
    }
    return new Snapshot(null, StableOrder.union(source, names, prefixes));
  }
}
