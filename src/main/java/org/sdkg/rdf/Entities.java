package org.sdkg.rdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.extract.Organisation;
import org.sdkg.extract.Person;
import org.sdkg.extract.Project;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.MultilateralBody;
import org.sdkg.ontology.SD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the description of countries, multilateral bodies, organisations, people and projects into
 * a model and returns their nodes. Countries and bodies get their reference facts (codes, English
 * name, Wikidata link) from {@code org.sdkg.ontology}, whatever the article called them.
 * Thread-safe: it keeps no state besides the shared reference tables.
 */
final class Entities {
  private static final Logger LOG = LoggerFactory.getLogger(Entities.class);

  private final Countries countries;
  private final Map<String, MultilateralBody> bodiesByName = new HashMap<>();
  private final MultilateralBodies bodies;

  Entities(Countries countries, MultilateralBodies bodies) {
    this.countries = countries;
    this.bodies = bodies;
    for (MultilateralBody body : bodies.all()) {
      for (String form : body.surfaceForms()) {
        bodiesByName.put(form.toLowerCase(Locale.ROOT), body);
      }
    }
  }

  /**
   * A participant code of a relation: an alpha-3 country code or the acronym of a multilateral
   * body. An unknown code (an extractor mistake) still gets a node, as an organisation, so no fact
   * is lost; it is logged.
   */
  Resource participant(Model m, String code) {
    Optional<Country> country = countries.byAlpha3(code);
    if (country.isPresent()) {
      return country(m, country.get());
    }
    Optional<MultilateralBody> body = bodies.byAcronym(code);
    if (body.isPresent()) {
      return body(m, body.get());
    }
    LOG.warn("unknown participant code {}; kept as an organisation", code);
    return organisationNamed(m, code);
  }

  /** The country with this alpha-3 code, or empty (logged) when the code is unknown. */
  Optional<Resource> country(Model m, String alpha3) {
    Optional<Country> country = countries.byAlpha3(alpha3);
    if (country.isEmpty()) {
      LOG.warn("unknown country code {}; link left out", alpha3);
    }
    return country.map(c -> country(m, c));
  }

  private Resource country(Model m, Country c) {
    Resource r = m.createResource(Iris.country(c.alpha3()).getURI());
    r.addProperty(RDF.type, SD.Schema.Country)
        .addProperty(SD.alpha3, c.alpha3())
        .addProperty(SD.alpha2, c.alpha2())
        .addProperty(SD.Schema.name, c.name())
        .addProperty(OWL.sameAs, Iris.wikidata(c.qid()));
    return r;
  }

  private Resource body(Model m, MultilateralBody b) {
    Resource r = m.createResource(Iris.multilateralBody(b.acronym()).getURI());
    r.addProperty(RDF.type, SD.MultilateralBody)
        .addProperty(RDF.type, SD.Schema.Organization)
        .addProperty(SD.acronym, b.acronym())
        .addProperty(SD.Schema.name, b.name())
        .addProperty(OWL.sameAs, Iris.wikidata(b.qid()));
    return r;
  }

  Resource organisation(Model m, Organisation o) {
    if (o.acronym() != null) {
      Optional<MultilateralBody> body = bodies.byAcronym(o.acronym());
      if (body.isPresent()) {
        return body(m, body.get());
      }
    }
    Resource r = organisationNamed(m, o.name());
    if (o.acronym() != null) {
      r.addProperty(SD.acronym, o.acronym());
    }
    if (o.country() != null) {
      country(m, o.country()).ifPresent(c -> r.addProperty(SD.country, c));
    }
    return r;
  }

  /** An organisation known only by name; a multilateral body's name or alias gives the body. */
  Resource organisationNamed(Model m, String name) {
    MultilateralBody body = bodiesByName.get(name.strip().toLowerCase(Locale.ROOT));
    if (body != null) {
      return body(m, body);
    }
    return m.createResource(Iris.organisation(name).getURI())
        .addProperty(RDF.type, SD.Schema.Organization)
        .addProperty(SD.Schema.name, name.strip());
  }

  Resource person(Model m, Person p) {
    Resource r = personNamed(m, p.name());
    if (p.role() != null) {
      r.addProperty(SD.Schema.jobTitle, p.role());
    }
    if (p.country() != null) {
      country(m, p.country()).ifPresent(c -> r.addProperty(SD.country, c));
    }
    if (p.organisation() != null) {
      r.addProperty(SD.Schema.affiliation, organisationNamed(m, p.organisation()));
    }
    return r;
  }

  Resource personNamed(Model m, String name) {
    return m.createResource(Iris.person(name).getURI())
        .addProperty(RDF.type, SD.Schema.Person)
        .addProperty(SD.Schema.name, name.strip());
  }

  Resource project(Model m, Project p) {
    Resource r = projectNamed(m, p.name());
    if (p.topic() != null) {
      r.addProperty(SD.topic, Iris.topic(p.topic()));
    }
    if (p.participantCount() != null) {
      r.addLiteral(SD.participantCount, Literals.integer(p.participantCount()));
    }
    if (p.subprojectCount() != null) {
      r.addLiteral(SD.projectCount, Literals.integer(p.subprojectCount()));
    }
    return r;
  }

  Resource projectNamed(Model m, String name) {
    return m.createResource(Iris.project(name).getURI())
        .addProperty(RDF.type, SD.Schema.ResearchProject)
        .addProperty(SD.Schema.name, name.strip());
  }
}
