package org.sdkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Copies graphs into memory in one canonical order. Jena's writers follow the iteration order of
 * the graph they are given, and a TDB2 store iterates in the order nodes were first stored, which
 * changes with the history of incremental builds. A fresh {@link GraphMem2Fast} iterates in reverse
 * order of insertion, so filling it in reverse sorted order makes the writers list subjects, and
 * objects of one predicate, in ascending order: the same data always gives the same bytes.
 */
final class StableOrder {
  private StableOrder() {}

  /** The named graphs {@code graphNames} of {@code source}, as a dataset listing them sorted. */
  static DatasetGraph dataset(
      DatasetGraph source, Collection<Node> graphNames, PrefixMap prefixes) {
    List<Quad> quads = canonicalQuads(source, graphNames);
    Map<Node, Graph> graphs = new HashMap<>();
    for (Quad q : reversed(quads)) {
      graphs.computeIfAbsent(q.getGraph(), g -> new GraphMem2Fast()).add(q.asTriple());
    }
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    dataset.prefixes().putAll(prefixes);
    List<Node> names = new ArrayList<>(graphs.keySet());
    names.sort(Comparator.comparing(NodeFmtLib::strNT));
    for (Node name : names) {
      dataset.addGraph(name, graphs.get(name));
    }
    return new SortedGraphNames(dataset, names);
  }

  /** The union of the named graphs {@code graphNames} of {@code source} as one graph. */
  static Graph union(DatasetGraph source, Collection<Node> graphNames, PrefixMap prefixes) {
    List<Quad> quads = canonicalQuads(source, graphNames);
    List<Triple> triples = new ArrayList<>(quads.size());
    for (Quad q : quads) {
      triples.add(q.asTriple());
    }
    Comparator<Triple> order = tripleOrder(new HashMap<>());
    triples.sort(order);
    Graph graph = new GraphMem2Fast();
    Triple previous = null;
    for (Triple t : reversed(triples)) {
      if (!t.equals(previous)) {
        graph.add(t);
      }
      previous = t;
    }
    graph.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
    return graph;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static List<Quad> canonicalQuads(DatasetGraph source, Collection<Node> graphNames) {
    List<Quad> quads = new ArrayList<>();
    for (Node name : graphNames) {
      Iterator<Quad> it = source.find(name, Node.ANY, Node.ANY, Node.ANY);
      it.forEachRemaining(quads::add);
    }
    Map<Node, Node> renamed = BlankNodeLabels.relabel(quads);
    if (!renamed.isEmpty()) {
      quads.replaceAll(
          q ->
              Quad.create(
                  q.getGraph(),
                  renamed.getOrDefault(q.getSubject(), q.getSubject()),
                  q.getPredicate(),
                  renamed.getOrDefault(q.getObject(), q.getObject())));
    }
    Map<Node, String> keys = new HashMap<>();
    Comparator<Quad> order =
        Comparator.<Quad, String>comparing(q -> key(keys, q.getGraph()))
            .thenComparing(Quad::asTriple, tripleOrder(keys));
    quads.sort(order);
    return quads;
  }

  private static Comparator<Triple> tripleOrder(Map<Node, String> keys) {
    return Comparator.<Triple, String>comparing(t -> key(keys, t.getSubject()))
        .thenComparing(t -> key(keys, t.getPredicate()))
        .thenComparing(t -> key(keys, t.getObject()));
  }

  private static String key(Map<Node, String> keys, Node n) {
    return keys.computeIfAbsent(n, NodeFmtLib::strNT);
  }

  /** A dataset whose graph names are listed in a fixed order, as the TriG writer uses them. */
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
