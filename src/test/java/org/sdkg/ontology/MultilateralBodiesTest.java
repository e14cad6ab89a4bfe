package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultilateralBodiesTest {
  private final MultilateralBodies bodies = MultilateralBodies.load();

  @ParameterizedTest
  @CsvSource({
    "UN, Q1065, United Nations",
    "WHO, Q7817, World Health Organization",
    "ESA, Q42262, European Space Agency",
    "EU, Q458, European Union",
    "AU, Q7159, African Union",
    "ASEAN, Q7768, Association of Southeast Asian Nations",
    "IAEA, Q41984, International Atomic Energy Agency",
    "CERN, Q42944, European Organization for Nuclear Research",
    "UNESCO, Q7809, 'United Nations Educational, Scientific and Cultural Organization'",
    "WMO, Q170424, World Meteorological Organization",
    "FAO, Q82151, Food and Agriculture Organization",
    "UNEP, Q182016, United Nations Environment Programme"
  })
  void byAcronym_givenKnownBody_hasQidAndName(String acronym, String qid, String name) {
    MultilateralBody b = bodies.byAcronym(acronym).orElseThrow();
    assertEquals(qid, b.qid());
    assertEquals(name, b.name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the United Nations|UN",
        "U.N.|UN",
        "UN|UN",
        "World Health Organisation|WHO",
        "the WHO|WHO",
        "World Health Organization|WHO",
        "the European Union|EU"
      })
  void surfaceForms_mapToTheirBody(String form, String acronym) {
    assertEquals(acronym, bodies.surfaceForms().get(form).acronym());
  }

  @Test
  void everyBody_hasWellFormedDistinctQid() {
    for (MultilateralBody b : bodies.all()) {
      assertTrue(b.qid().matches("Q[1-9][0-9]*"), b.acronym());
    }
    assertEquals(
        bodies.all().size(), bodies.all().stream().map(MultilateralBody::qid).distinct().count());
  }

  @Test
  void noSurfaceForm_namesBothABodyAndACountry() {
    var countryForms = Countries.load().surfaceForms();
    for (String form : bodies.surfaceForms().keySet()) {
      assertTrue(!countryForms.containsKey(form), form + " names a body and a country");
    }
  }

  @Test
  void of_givenOneAliasOnTwoBodies_failsNamingBoth() {
    var a = new MultilateralBody("AA", "Alpha", "Q1", List.of("the Org"));
    var b = new MultilateralBody("BB", "Beta", "Q2", List.of("the Org"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> MultilateralBodies.of(List.of(a, b)));
    assertEquals(
        "surface form \"the Org\" names both AA and BB; remove it from one of them in multilateral.tsv",
        e.getMessage());
  }
}
