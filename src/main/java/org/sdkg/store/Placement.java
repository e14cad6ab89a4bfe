package org.sdkg.store;

import org.apache.jena.graph.Node;

/** Where {@code sdkg load} puts the triples it reads. */
public sealed interface Placement {

  /** Named graphs replace the same-named graphs on the server; default-graph triples are merged. */
  record AsInSource() implements Placement {}

  /** Everything replaces one named graph ({@code --graph IRI}). */
  record IntoGraph(Node graph) implements Placement {}

  /** Everything is merged into the server's default graph ({@code --default-graph}). */
  record IntoDefaultGraph() implements Placement {}
}
