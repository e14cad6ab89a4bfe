package org.sdkg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.sdkg.ontology.OntologyFiles;

/**
 * The prefixes used to shorten IRIs in answers: the common standard ones, those of the ontology
 * files (so {@code sd:}, {@code schema:}, {@code topic:} work in a bare {@code -e} query), and the
 * query's own {@code PREFIX}es, which win.
 */
public final class DisplayPrefixes {
  private DisplayPrefixes() {}

  public static PrefixMapping forQuery(Query query) {
    return PrefixMapping.Factory.create()
        .setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefixes(OntologyFiles.read(OntologyFiles.ONTOLOGY))
        .setNsPrefixes(OntologyFiles.read(OntologyFiles.TOPICS))
        .setNsPrefixes(query.getPrefixMapping())
        .lock();
  }

  /** Only the prefixes whose namespace some IRI of {@code graph} starts with, for RDF output. */
  static PrefixMapping usedIn(Graph graph, PrefixMapping prefixes) {
    PrefixMapping used = PrefixMapping.Factory.create();
    graph
        .find()
        .forEachRemaining(
            t -> {
              for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                String iri = n.isURI() ? n.getURI() : shownDatatype(n);
                if (iri != null) {
                  prefixes
                      .getNsPrefixMap()
                      .forEach(
                          (p, ns) -> {
                            if (iri.startsWith(ns)) {
                              used.setNsPrefix(p, ns);
                            }
                          });
                }
              }
            });
    return used;
  }

  /** The datatype IRI Turtle writes for a literal; plain strings and tagged text show none. */
  private static String shownDatatype(Node n) {
    if (!n.isLiteral()
        || !n.getLiteralLanguage().isEmpty()
        || XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())) {
      return null;
    }
    return n.getLiteralDatatypeURI();
  }
}
