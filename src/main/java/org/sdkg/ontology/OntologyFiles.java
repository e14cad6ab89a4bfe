package org.sdkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The Turtle files of {@code ontology/}, which the build copies into the jar under {@code
 * ontology/} so sdkg works from any folder.
 */
public final class OntologyFiles {
  public static final String ONTOLOGY = "sdkg.ttl";
  public static final String TOPICS = "topics.ttl";
  public static final String SHAPES = "shapes.ttl";

  private OntologyFiles() {}

  /** A fresh model of one of the files above; callers may change it. */
  public static Model read(String fileName) {
    String resource = "/ontology/" + fileName;
    try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      Model model = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).parse(model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
