package org.sdkg.ontology;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;

/**
 * Checks graphs against {@code ontology/shapes.ttl}. The ontology and topic scheme are added to
 * every graph under test (read-only, not copied) so that {@code sh:class} sees the subclass axioms
 * and the topic concepts; the graphs the builder writes need not repeat them.
 */
public final class ShapesValidator {
  private final Shapes shapes;
  private final Graph background;
  private final Prologue prologue;

  private ShapesValidator(Shapes shapes, Graph background) {
    this.shapes = shapes;
    this.background = background;
    this.prologue = new Prologue(prefixes());
  }

  /** A validator for the shapes, ontology and topics shipped with sdkg. */
  public static ShapesValidator load() {
    Graph background = OntologyFiles.read(OntologyFiles.ONTOLOGY).getGraph();
    background.getPrefixMapping().clearNsPrefixMap();
    OntologyFiles.read(OntologyFiles.TOPICS).getGraph().find().forEach(background::add);
    Shapes shapes = ShaclValidator.get().parse(OntologyFiles.read(OntologyFiles.SHAPES).getGraph());
    return new ShapesValidator(shapes, background);
  }

  /**
   * The violations of {@code data}, sorted by focus node, path and message; empty if it conforms.
   */
  public List<Violation> validate(Graph data) {
    MultiUnion union = new MultiUnion(new Graph[] {data, background});
    union.setBaseGraph(data);
    return ShaclValidator.get().validate(shapes, union).getEntries().stream()
        .map(this::violation)
        .distinct()
        .sorted(
            Comparator.comparing(Violation::focusNode)
                .thenComparing(Violation::path)
                .thenComparing(Violation::message))
        .toList();
  }

  private Violation violation(ReportEntry e) {
    String path = e.resultPath() == null ? "-" : PathWriter.asString(e.resultPath(), prologue);
    return new Violation(shortForm(e.focusNode()), path, e.message());
  }

  private String shortForm(Node node) {
    if (node.isURI()) {
      return prologue.getPrefixMapping().shortForm(node.getURI());
    }
    return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
  }

  /** The prefixes violations are printed with; the README and the worked example use the same. */
  public static PrefixMapping prefixes() {
    PrefixMapping p = PrefixMapping.Factory.create();
    p.setNsPrefix("sd", SD.NS);
    p.setNsPrefix("topic", SD.TOPIC_NS);
    p.setNsPrefix("schema", SD.Schema.NS);
    p.setNsPrefix("prov", SD.Prov.NS);
    p.setNsPrefix("wd", SD.Wikidata.ENTITY_NS);
    p.setNsPrefix("dct", "http://purl.org/dc/terms/");
    p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
    p.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
    p.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    // The data namespaces minted by org.sdkg.rdf.Iris, written out so no IRI is assembled here.
    p.setNsPrefix("country", "https://w3id.org/sdkg/id/country/");
    p.setNsPrefix("org", "https://w3id.org/sdkg/id/org/");
    p.setNsPrefix("person", "https://w3id.org/sdkg/id/person/");
    p.setNsPrefix("project", "https://w3id.org/sdkg/id/project/");
    p.setNsPrefix("article", "https://w3id.org/sdkg/id/article/");
    p.setNsPrefix("cooperation", "https://w3id.org/sdkg/id/cooperation/");
    p.setNsPrefix("mention", "https://w3id.org/sdkg/id/mention/");
    p.setNsPrefix("statement", "https://w3id.org/sdkg/id/statement/");
    return p.lock();
  }
}
