package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {
  static final String FIXTURE = "ontology/worked-example.ttl";
  static final String ID = "https://w3id.org/sdkg/id/";
  static final String COOP = "cooperation:a751ffc2ef3fad9b";
  static final String MENTION = "mention:1c954792dfd4eff0-2903-3224-0";

  private static ShapesValidator validator;
  private Model example;
  private Resource coop;
  private Resource mention;

  @BeforeAll
  static void loadShapes() {
    validator = ShapesValidator.load();
  }

  @BeforeEach
  void loadExample() {
    example = ModelFactory.createDefaultModel();
    RDFDataMgr.read(example, ShapesValidatorTest.class.getResource("/" + FIXTURE).toString());
    coop = example.getResource(ID + "cooperation/a751ffc2ef3fad9b");
    mention = example.getResource(ID + "mention/1c954792dfd4eff0-2903-3224-0");
  }

  private List<String> violations() {
    return validator.validate(example.getGraph()).stream().map(Violation::line).toList();
  }

  @Test
  void workedExample_conforms() {
    assertEquals(List.of(), violations());
  }

  @Test
  void cooperationWithoutMention_violatesMentionMinCount() {
    example.removeAll(coop, SD.mention, null);
    assertEquals(
        List.of(COOP + "  sd:mention  a cooperation needs at least one sd:mention (an sd:Mention)"),
        violations());
  }

  @Test
  void mentionWithStartAfterEnd_violatesLessThan() {
    example.removeAll(mention, SD.start, null);
    mention.addLiteral(SD.start, example.createTypedLiteral(java.math.BigInteger.valueOf(3300)));
    assertEquals(List.of(MENTION + "  sd:start  sd:start must be less than sd:end"), violations());
  }

  @Test
  void cooperationWithTwoStatuses_violatesStatusMaxCount() {
    coop.addProperty(SD.status, SD.Proposed);
    assertEquals(
        List.of(
            COOP
                + "  sd:status  a cooperation must have exactly one sd:status: sd:Active,"
                + " sd:Proposed, sd:Suspended or sd:Ended"),
        violations());
  }

  @Test
  void unknownTopic_isNotAConceptOfTheScheme() {
    example.removeAll(coop, SD.topic, null);
    coop.addProperty(SD.topic, example.createResource(SD.TOPIC_NS + "astrology"));
    assertEquals(
        List.of(
            COOP
                + "  sd:topic  a cooperation must have exactly one sd:topic, a concept of topic:scheme"),
        violations());
  }

  @Test
  void dateAsPlainString_violatesDateDatatypes() {
    coop.addProperty(SD.date, "2021-12");
    assertEquals(
        List.of(COOP + "  sd:date  sd:date must be one xsd:date, xsd:gYearMonth or xsd:gYear"),
        violations());
  }

  @Test
  void dateAsGYearMonth_conforms() {
    coop.addLiteral(
        SD.date,
        example.createTypedLiteral(
            "2021-12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth));
    assertEquals(List.of(), violations());
  }

  @Test
  void singleParticipantWithoutUnnamedPartners_isFlagged() {
    example.remove(coop, SD.participant, example.getResource(ID + "country/COM"));
    assertEquals(
        List.of(
            COOP
                + "  -  a cooperation with fewer than two participants must have"
                + " sd:hasUnnamedPartners true"),
        violations());
    coop.addLiteral(SD.hasUnnamedPartners, true);
    assertEquals(List.of(), violations());
  }

  @Test
  void aidWithoutGiver_isFlagged() {
    example.removeAll(coop, SD.kind, null);
    coop.addProperty(SD.kind, SD.Aid);
    assertEquals(
        List.of(COOP + "  -  an aid cooperation (sd:kind sd:Aid) needs an sd:giver"), violations());
  }

  @Test
  void lowerCaseAlpha3_violatesPattern() {
    Resource chn = example.getResource(ID + "country/CHN");
    example.removeAll(chn, SD.alpha3, null);
    chn.addProperty(SD.alpha3, "chn");
    assertEquals(
        List.of(
            "country:CHN  sd:alpha3  a country must have exactly one sd:alpha3, three capital"
                + " letters (ISO 3166 alpha-3)"),
        violations());
  }

  @Test
  void oneWayCooperatesWith_isFlaggedAsNotSymmetric() {
    example.removeAll(example.getResource(ID + "country/COM"), SD.cooperatesWith, null);
    assertEquals(
        List.of("country:CHN  -  sd:cooperatesWith is symmetric: the reverse triple is missing"),
        violations());
  }

  @Test
  void articleWithoutHeadline_isFlagged() {
    example.removeAll(null, SD.Schema.headline, null);
    assertEquals(
        List.of(
            "article:1c954792dfd4eff0  schema:headline  an article must have exactly one"
                + " schema:headline string"),
        violations());
  }

  @Test
  void multilateralBodyParticipant_countsAsOrganization() {
    Resource who = example.createResource(ID + "org/who");
    who.addProperty(org.apache.jena.vocabulary.RDF.type, SD.MultilateralBody);
    who.addProperty(SD.acronym, "WHO");
    who.addProperty(SD.Schema.name, "World Health Organization");
    coop.addProperty(SD.participant, who);
    assertEquals(List.of(), violations());
  }

  @Test
  void readme_showsTheWorkedExampleVerbatim() throws Exception {
    String fixture;
    try (var in = ShapesValidatorTest.class.getResourceAsStream("/" + FIXTURE)) {
      fixture = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String readme =
        java.nio.file.Files.readString(org.sdkg.TestPaths.project().resolve("ontology/README.md"));
    org.junit.jupiter.api.Assertions.assertTrue(
        readme.contains("```turtle\n" + fixture + "```"),
        "ontology/README.md must embed " + FIXTURE + " verbatim in a ```turtle block");
  }

  @Test
  void workedExample_offsetsPointAtItsSentenceInTheSeedArticle() throws Exception {
    String text = java.nio.file.Files.readString(org.sdkg.TestPaths.seedArticle());
    int start = mention.getProperty(SD.start).getInt();
    int end = mention.getProperty(SD.end).getInt();
    assertEquals(mention.getProperty(SD.text).getString(), text.substring(start, end));
    assertEquals(
        org.sdkg.ingest.ArticleTexts.contentId(text),
        example
            .getResource(ID + "article/1c954792dfd4eff0")
            .getProperty(org.apache.jena.vocabulary.DCTerms.identifier)
            .getString());
  }
}
