package org.sdkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Builds in-memory graphs that Jena's document writers (JSON-LD, RDF/XML), which take a whole graph
 * rather than a stream, list in the canonical order. Those writers follow the iteration order of
 * the graph they are given; a fresh {@link GraphMem2Fast} iterates in reverse order of insertion,
 * so filling it from the sorted quads backwards makes the writers list subjects, and objects of one
 * predicate, in ascending order.
 */
final class StableOrder {
  private StableOrder() {}

  /** The triples {@code ascending} (sorted, distinct) as a graph with {@code prefixes}. */
  static Graph graph(List<Triple> ascending, PrefixMap prefixes) {
    Graph graph = new GraphMem2Fast();
    for (int i = ascending.size() - 1; i >= 0; i--) {
      graph.add(ascending.get(i));
    }
    graph.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
    return graph;
  }

  /**
   * The quads {@code ascending} (sorted by graph name first, distinct) as a dataset that lists its
   * graphs in that order.
   */
  static DatasetGraph dataset(List<Quad> ascending, PrefixMap prefixes) {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    for (Quad q : ascending) {
      graphs.computeIfAbsent(q.getGraph(), g -> new GraphMem2Fast());
    }
    for (int i = ascending.size() - 1; i >= 0; i--) {
      Quad q = ascending.get(i);
      graphs.get(q.getGraph()).add(q.asTriple());
    }
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    dataset.prefixes().putAll(prefixes);
    graphs.forEach(dataset::addGraph);
    return new SortedGraphNames(dataset, new ArrayList<>(graphs.keySet()));
  }

  /** A dataset whose graph names are listed in a fixed order, as the document writers use them. */
  private static final class SortedGraphNames extends DatasetGraphWrapper {
    private final List<Node> names;

    SortedGraphNames(DatasetGraph dataset, List<Node> names) {
      super(dataset);
      this.names = List.copyOf(names);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
      return names.iterator();
    }
  }
}
