package org.sdkg.rdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.sdkg.ontology.OntologyFiles;

/**
 * The content of the ontology graph: the files of {@code ontology/} as packaged in the jar, and the
 * prefixes dumps use. The files are named, not listed from the classpath, because test resources
 * also have an {@code ontology/} folder; {@code OntologyGraphTest} checks that no file of {@code
 * ontology/} is left out.
 */
public final class OntologyGraph {
  /** Every Turtle file of {@code ontology/}. */
  public static final List<String> FILES =
      List.of(OntologyFiles.ONTOLOGY, OntologyFiles.SHAPES, OntologyFiles.TOPICS);

  private OntologyGraph() {}

  /** All ontology files in one model, with their prefixes. */
  public static Model load() {
    Model model = ModelFactory.createDefaultModel();
    for (String name : FILES) {
      Model file = OntologyFiles.read(name);
      model.add(file);
      model.setNsPrefixes(file.getNsPrefixMap());
    }
    return model;
  }

  /**
   * The prefixes dumps use: those the ontology files declare, and the data prefixes of {@link
   * Iris}. {@code rdf:} is left out so Turtle writes {@code a} for {@code rdf:type}.
   */
  public static Map<String, String> prefixes(Model ontology) {
    Map<String, String> prefixes = new TreeMap<>(ontology.getNsPrefixMap());
    prefixes.remove("rdf");
    prefixes.putAll(Iris.dataPrefixes());
    return prefixes;
  }
}
