package org.sdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;
import org.sdkg.ontology.SD;

class OntologyGraphTest {
  @Test
  void files_nameEveryTurtleFileOfTheOntologyFolder() throws IOException {
    try (Stream<Path> files = Files.list(TestPaths.project().resolve("ontology"))) {
      assertEquals(
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".ttl"))
              .sorted()
              .toList(),
          OntologyGraph.FILES.stream().sorted().toList());
    }
  }

  @Test
  void load_holdsTheOntologyTheShapesAndTheTopics() {
    Model m = OntologyGraph.load();
    assertTrue(m.contains(SD.Cooperation, RDF.type, OWL.Class));
    assertTrue(
        m.contains(m.getResource("https://w3id.org/sdkg/shapes#CooperationShape"), RDF.type));
    assertTrue(m.contains(Iris.topic("climate"), RDF.type));
  }

  @Test
  void prefixes_leaveOutRdf_andAddTheDataPrefixes() {
    var prefixes = OntologyGraph.prefixes(OntologyGraph.load());
    assertEquals(null, prefixes.get("rdf"));
    assertEquals("https://w3id.org/sdkg/ontology#", prefixes.get("sd"));
    assertEquals("https://w3id.org/sdkg/id/cooperation/", prefixes.get("cooperation"));
  }
}
