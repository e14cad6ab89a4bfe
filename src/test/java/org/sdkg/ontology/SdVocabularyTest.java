package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Keeps {@link SD} and {@code ontology/sdkg.ttl} in step. */
class SdVocabularyTest {
  private final Model ontology = OntologyFiles.read(OntologyFiles.ONTOLOGY);

  @Test
  void everyConstant_isDeclaredInTheOntology_andEveryTermHasAConstant() throws Exception {
    Set<String> constants = new TreeSet<>(constantsInNamespace().keySet());
    Set<String> terms = new TreeSet<>();
    ontology
        .listSubjects()
        .forEachRemaining(
            s -> {
              if (s.isURIResource() && s.getURI().startsWith(SD.NS)) {
                terms.add(s.getURI());
              }
            });
    Set<String> missingInOntology = new TreeSet<>(constants);
    missingInOntology.removeAll(terms);
    Set<String> missingConstant = new TreeSet<>(terms);
    missingConstant.removeAll(constants);
    assertEquals(Set.of(), missingInOntology, "constants of SD not declared in sdkg.ttl");
    assertEquals(Set.of(), missingConstant, "terms of sdkg.ttl without a constant in SD");
  }

  @Test
  void constantNames_areTheTermsLocalNames() throws Exception {
    for (Map.Entry<String, Field> e : constantsInNamespace().entrySet()) {
      assertEquals(SD.NS + e.getValue().getName(), e.getKey());
    }
  }

  @Test
  void propertyConstants_areOwlProperties_andResourceConstants_areClassesOrIndividuals()
      throws Exception {
    for (Map.Entry<String, Field> e : constantsInNamespace().entrySet()) {
      Resource term = ontology.getResource(e.getKey());
      boolean isProperty =
          term.hasProperty(RDF.type, OWL.ObjectProperty)
              || term.hasProperty(RDF.type, OWL.DatatypeProperty);
      if (e.getValue().getType() == Property.class) {
        assertTrue(isProperty, e.getKey() + " is a Property constant but not an OWL property");
      } else {
        boolean isClassOrIndividual =
            term.hasProperty(RDF.type, OWL.Class)
                || term.hasProperty(RDF.type, OWL2.NamedIndividual);
        assertTrue(isClassOrIndividual, e.getKey() + " is neither a class nor an individual");
      }
    }
  }

  @Test
  void everyTerm_hasEnglishLabelAndComment() throws Exception {
    for (String iri : constantsInNamespace().keySet()) {
      Resource term = ontology.getResource(iri);
      assertTrue(term.hasProperty(RDFS.label), iri + " has no rdfs:label");
      assertTrue(term.hasProperty(RDFS.comment), iri + " has no rdfs:comment");
      assertEquals("en", term.getProperty(RDFS.label).getLanguage(), iri);
    }
  }

  @Test
  void statusesAndKinds_carryTheCodesOfTheExtractor() {
    Map<Resource, String> notations =
        Map.of(
            SD.Active,
            "active",
            SD.Proposed,
            "proposed",
            SD.Suspended,
            "suspended",
            SD.Ended,
            "ended",
            SD.Collaboration,
            "cooperation",
            SD.Agreement,
            "agreement",
            SD.ProjectParticipation,
            "project",
            SD.Aid,
            "aid");
    notations.forEach(
        (term, code) ->
            assertEquals(
                code, ontology.getResource(term.getURI()).getProperty(SKOS.notation).getString()));
    for (var s : org.sdkg.extract.Status.values()) {
      assertTrue(notations.containsValue(s.code()), s.code());
    }
    for (var k : org.sdkg.extract.RelationKind.values()) {
      assertTrue(notations.containsValue(k.code()), k.code());
    }
  }

  @Test
  void ontology_declaresVersionAndAlignments() {
    Resource onto = ontology.getResource(SD.ONTOLOGY.getURI());
    assertTrue(onto.hasProperty(RDF.type, OWL.Ontology));
    assertEquals("0.1.0", onto.getProperty(OWL.versionInfo).getString());
    Resource coop = ontology.getResource(SD.Cooperation.getURI());
    assertTrue(coop.hasProperty(RDFS.subClassOf, SD.Schema.Event));
    assertTrue(coop.hasProperty(RDFS.subClassOf, SD.Prov.Entity));
    assertTrue(
        ontology
            .getResource(SD.statedBy.getURI())
            .hasProperty(RDFS.subPropertyOf, SD.Prov.wasAttributedTo));
    assertTrue(
        ontology
            .getResource(SD.MultilateralBody.getURI())
            .hasProperty(RDFS.subClassOf, SD.Schema.Organization));
    assertTrue(
        ontology
            .getResource(SD.cooperatesWith.getURI())
            .hasProperty(RDF.type, OWL.SymmetricProperty));
  }

  /** SD's own public static Resource/Property fields in the sd: namespace, by IRI. */
  private static Map<String, Field> constantsInNamespace() throws IllegalAccessException {
    Map<String, Field> byIri = new TreeMap<>();
    for (Field f : SD.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && Modifier.isPublic(f.getModifiers())
          && Resource.class.isAssignableFrom(f.getType())) {
        String iri = ((Resource) f.get(null)).getURI();
        if (iri.startsWith(SD.NS)) {
          byIri.put(iri, f);
        }
      }
    }
    return byIri;
  }
}
