package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdkg.TestPaths;

/** Every Turtle file of {@code ontology/} must read the same in both RDF toolchains. */
class OntologyFilesParseTest {

  static Stream<Path> ontologyFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(TestPaths.project().resolve("ontology"))) {
      files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    }
    assertTrue(files.size() >= 2, "expected sdkg.ttl and topics.ttl in ontology/: " + files);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("ontologyFiles")
  void turtleFile_parsesWithJenaAndRdf4j_toTheSameNumberOfTriples(Path file) throws IOException {
    Model jena = ModelFactory.createDefaultModel();
    RDFDataMgr.read(jena, file.toString());
    org.eclipse.rdf4j.model.Model rdf4j;
    try (InputStream in = Files.newInputStream(file)) {
      rdf4j = Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
    }
    assertTrue(jena.size() > 0, file + " is empty");
    assertEquals(jena.size(), rdf4j.size(), file + ": Jena and RDF4J disagree on the triple count");
  }

  @ParameterizedTest
  @MethodSource("ontologyFiles")
  void turtleFile_isOnTheClasspathUnchanged(Path file) {
    Model fromDisk = RDFDataMgr.loadModel(file.toString());
    Model fromJar = OntologyFiles.read(file.getFileName().toString());
    assertTrue(fromDisk.isIsomorphicWith(fromJar), file + " differs from the classpath copy");
  }
}
