package org.sdkg.store;

import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One graph to send to a remote Graph Store: where it goes, whether it replaces what is there, and
 * its triples (read lazily so a large store is never held in memory all at once).
 *
 * @param graphName the target graph; {@link #DEFAULT_GRAPH} for the default graph
 * @param mode {@link Mode#REPLACE} (HTTP PUT) or {@link Mode#MERGE} (HTTP POST)
 * @param source where the triples come from, for the report ("store output/store", a file name)
 * @param triples the number of triples {@code content} yields
 * @param content reads the triples; called once per attempt
 */
public record GraphUpload(
    Node graphName, Mode mode, String source, long triples, Supplier<Graph> content) {

  /** Jena's name for the default graph. */
  public static final Node DEFAULT_GRAPH = Quad.defaultGraphIRI;

  /** How the triples are written. */
  public enum Mode {
    /** HTTP PUT: the graph on the server becomes exactly these triples; reruns never duplicate. */
    REPLACE,
    /** HTTP POST: the triples are added to what the graph already holds. */
    MERGE
  }

  public boolean isDefaultGraph() {
    return Quad.isDefaultGraph(graphName);
  }

  /** {@code <iri>} or {@code default graph}, as the report prints it. */
  public String label() {
    return isDefaultGraph() ? "default graph" : "<" + graphName.getURI() + ">";
  }

  /** {@code PUT} or {@code POST}. */
  public String httpMethod() {
    return mode == Mode.REPLACE ? "PUT" : "POST";
  }
}
