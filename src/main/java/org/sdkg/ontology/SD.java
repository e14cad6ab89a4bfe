package org.sdkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The sdkg vocabulary ({@code ontology/sdkg.ttl}): one constant per term, named like the term, in
 * the style of Jena's {@code RDFS}. {@code SdVocabularyTest} keeps this class and the ontology in
 * step. Nested classes hold the few terms of other vocabularies that Jena does not ship (schema.org
 * with its {@code https} namespace, PROV-O, Wikidata) and the topic namespace.
 */
@SuppressWarnings("checkstyle:ConstantName") // constants are named like the RDF terms
public final class SD {
  private SD() {}

  public static final String NS = "https://w3id.org/sdkg/ontology#";

  /** The ontology document itself (its IRI has no {@code #}). */
  public static final Resource ONTOLOGY =
      ResourceFactory.createResource("https://w3id.org/sdkg/ontology");

  /** Namespace of the SKOS topic concepts ({@code topic:climate}). */
  public static final String TOPIC_NS = "https://w3id.org/sdkg/topic/";

  /** The SKOS concept scheme of topics. */
  public static final Resource TOPIC_SCHEME = ResourceFactory.createResource(TOPIC_NS + "scheme");

  // Classes
  public static final Resource Cooperation = resource("Cooperation");
  public static final Resource Mention = resource("Mention");
  public static final Resource Statement = resource("Statement");
  public static final Resource MultilateralBody = resource("MultilateralBody");
  public static final Resource Status = resource("Status");
  public static final Resource CooperationKind = resource("CooperationKind");
  public static final Resource CooperationTally = resource("CooperationTally");
  public static final Resource TopicTally = resource("TopicTally");
  public static final Resource CountryTally = resource("CountryTally");
  public static final Resource PairTally = resource("PairTally");

  // Statuses (sd:Status)
  public static final Resource Active = resource("Active");
  public static final Resource Proposed = resource("Proposed");
  public static final Resource Suspended = resource("Suspended");
  public static final Resource Ended = resource("Ended");

  // Kinds (sd:CooperationKind)
  public static final Resource Collaboration = resource("Collaboration");
  public static final Resource Agreement = resource("Agreement");
  public static final Resource ProjectParticipation = resource("ProjectParticipation");
  public static final Resource Aid = resource("Aid");

  // Object properties
  public static final Property kind = property("kind");
  public static final Property participant = property("participant");
  public static final Property giver = property("giver");
  public static final Property receiver = property("receiver");
  public static final Property topic = property("topic");
  public static final Property project = property("project");
  public static final Property status = property("status");
  public static final Property statedBy = property("statedBy");
  public static final Property mention = property("mention");
  public static final Property cooperatesWith = property("cooperatesWith");
  public static final Property country = property("country");
  public static final Property reportedStatus = property("reportedStatus");
  public static final Property tallyTopic = property("tallyTopic");
  public static final Property tallyCountry = property("tallyCountry");
  public static final Property tallyPartner = property("tallyPartner");
  public static final Property tallyOtherPartner = property("tallyOtherPartner");

  // Datatype properties
  public static final Property unnamedPartners = property("unnamedPartners");
  public static final Property hasUnnamedPartners = property("hasUnnamedPartners");
  public static final Property date = property("date");
  public static final Property mentionCount = property("mentionCount");
  public static final Property cooperationCount = property("cooperationCount");
  public static final Property tallyMentionCount = property("tallyMentionCount");
  public static final Property text = property("text");
  public static final Property start = property("start");
  public static final Property end = property("end");
  public static final Property confidence = property("confidence");
  public static final Property reportedDate = property("reportedDate");
  public static final Property reportedUnnamedPartners = property("reportedUnnamedPartners");
  public static final Property alpha3 = property("alpha3");
  public static final Property alpha2 = property("alpha2");
  public static final Property acronym = property("acronym");
  public static final Property fileName = property("fileName");
  public static final Property participantCount = property("participantCount");
  public static final Property projectCount = property("projectCount");

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  /** The schema.org terms sdkg uses, in schema.org's current {@code https} namespace. */
  public static final class Schema {
    private Schema() {}

    public static final String NS = "https://schema.org/";

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Country = ResourceFactory.createResource(NS + "Country");
    public static final Resource ResearchProject =
        ResourceFactory.createResource(NS + "ResearchProject");
    public static final Resource Event = ResourceFactory.createResource(NS + "Event");

    public static final Property name = ResourceFactory.createProperty(NS, "name");
    public static final Property headline = ResourceFactory.createProperty(NS, "headline");
    public static final Property datePublished =
        ResourceFactory.createProperty(NS, "datePublished");
    public static final Property dateCreated = ResourceFactory.createProperty(NS, "dateCreated");
    public static final Property jobTitle = ResourceFactory.createProperty(NS, "jobTitle");
    public static final Property affiliation = ResourceFactory.createProperty(NS, "affiliation");
    public static final Property url = ResourceFactory.createProperty(NS, "url");
    public static final Property publisher = ResourceFactory.createProperty(NS, "publisher");
  }

  /** The PROV-O terms sdkg uses for provenance. */
  public static final class Prov {
    private Prov() {}

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom =
        ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo =
        ResourceFactory.createProperty(NS, "wasAttributedTo");
  }

  /** Wikidata, which countries and multilateral bodies are linked to with {@code owl:sameAs}. */
  public static final class Wikidata {
    private Wikidata() {}

    /** Namespace of Wikidata items ({@code wd:Q148}). */
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";

    /** Namespace of Wikidata's direct properties ({@code wdt:P298}). */
    public static final String PROP_DIRECT_NS = "http://www.wikidata.org/prop/direct/";
  }
}
