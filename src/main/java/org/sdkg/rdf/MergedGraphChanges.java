package org.sdkg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SD;

/**
 * What the article graphs a build adds, replaces or removes (their old and their new content) give
 * the merged graph, gathered for {@link MergedGraph#update}: the cooperations they describe, and
 * what they say about their entities (countries, organisations, people, projects). A cooperation's
 * merged statements are computed again from every report of it; an entity's are the union of what
 * the article graphs describing it say, so only the statements a changed graph held or holds can
 * come or go, and the United States, described in a third of all articles, is not read again whole
 * because one of them changed.
 */
public final class MergedGraphChanges {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node COOPERATION = SD.Cooperation.asNode();

  private final Set<Node> cooperations = new HashSet<>();
  private final Set<Node> entities = new HashSet<>();
  private final Set<Triple> entityStatements = new HashSet<>();

  /** Adds what {@code articleGraph} gives the merged graph. */
  public void addFrom(Graph articleGraph) {
    articleGraph.find(Node.ANY, TYPE, COOPERATION).forEach(t -> cooperations.add(t.getSubject()));
    for (Node type : MergedGraph.ENTITY_TYPES) {
      for (Node entity :
          articleGraph.find(Node.ANY, TYPE, type).mapWith(Triple::getSubject).toList()) {
        entities.add(entity);
        articleGraph
            .find(entity, Node.ANY, Node.ANY)
            .filterDrop(MergedGraph::settledByRule)
            .forEach(entityStatements::add);
      }
    }
  }

  /** Cooperations and entities touched, the bound {@code sdkg build} holds them to. */
  public int subjects() {
    return cooperations.size() + entities.size();
  }

  /** Whether nothing was touched. */
  public boolean isEmpty() {
    return cooperations.isEmpty() && entities.isEmpty();
  }

  Set<Node> cooperations() {
    return cooperations;
  }

  Set<Node> entities() {
    return entities;
  }

  Set<Triple> entityStatements() {
    return entityStatements;
  }
}
