package org.sdkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads the quads to dump from the store, as {@link SortableLine}s, into {@link SortedLines}: one
 * pass over TDB2's indexes, nothing kept but the lines of the current chunk. A TDB2 store labels
 * blank nodes in the order they were stored, which changes with the history of incremental builds;
 * so the quads that touch a blank node (only the ontology graph has them: shapes and lists) are set
 * aside, and added once all quads have been seen, with the labels {@link BlankNodeLabels} gives
 * them from their content.
 */
final class CanonicalLines {
  private CanonicalLines() {}

  /**
   * Adds the lines of the named graph {@code graph}, or of every named graph, to {@code into}. Call
   * inside a read transaction.
   */
  static void read(TdbStore store, Optional<String> graph, SortableLine shape, SortedLines into) {
    Iterator<Quad> quads = quads(store, graph);
    List<Quad> withBlankNodes = new ArrayList<>();
    while (quads.hasNext()) {
      Quad q = quads.next();
      if (q.getSubject().isBlank() || q.getObject().isBlank()) {
        withBlankNodes.add(q);
      } else {
        into.add(shape.of(q));
      }
    }
    Map<Node, Node> renamed = BlankNodeLabels.relabel(withBlankNodes);
    for (Quad q : withBlankNodes) {
      into.add(
          shape.of(
              Quad.create(
                  q.getGraph(),
                  renamed.getOrDefault(q.getSubject(), q.getSubject()),
                  q.getPredicate(),
                  renamed.getOrDefault(q.getObject(), q.getObject()))));
    }
  }

  /**
   * The quads to dump. For the union of all graphs too, every named graph's quads, read from the
   * index that starts with the graph: TDB2's union graph drops repeated triples itself, but reading
   * its subject-first index made the 10,000-article dump slower (56 s of CPU instead of 45 s) and
   * no smaller in the heap; the sort drops the repeats anyway.
   */
  private static Iterator<Quad> quads(TdbStore store, Optional<String> graph) {
    DatasetGraph source = store.dataset();
    if (graph.isPresent()) {
      Node name = NodeFactory.createURI(graph.get());
      if (!source.containsGraph(name)) {
        throw new StoreException(
            "no graph <" + graph.get() + "> in " + store.dir() + "; sdkg stats lists the graphs");
      }
      return source.find(name, Node.ANY, Node.ANY, Node.ANY);
    }
    return source.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
  }
}
