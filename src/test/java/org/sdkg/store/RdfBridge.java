package org.sdkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Term-by-term conversion of Jena data to RDF4J, with no serialisation in between. */
final class RdfBridge {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private RdfBridge() {}

  /** The quads of {@code dsg}; with {@code keepGraphs} false, all in the default context. */
  static Model toRdf4j(DatasetGraph dsg, boolean keepGraphs) {
    Model model = new LinkedHashModel();
    dsg.find()
        .forEachRemaining(
            (Quad q) -> {
              Resource context =
                  keepGraphs && !q.isDefaultGraph() ? (Resource) value(q.getGraph()) : null;
              Resource s = (Resource) value(q.getSubject());
              var p = VF.createIRI(q.getPredicate().getURI());
              Value o = value(q.getObject());
              if (context == null) {
                model.add(s, p, o);
              } else {
                model.add(s, p, o, context);
              }
            });
    return model;
  }

  private static Value value(Node n) {
    if (n.isURI()) {
      return VF.createIRI(n.getURI());
    }
    if (n.isBlank()) {
      return VF.createBNode(n.getBlankNodeLabel());
    }
    if (!n.getLiteralLanguage().isEmpty()) {
      return VF.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
    }
    return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
  }
}
