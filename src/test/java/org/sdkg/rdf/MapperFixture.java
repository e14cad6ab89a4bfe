package org.sdkg.rdf;

import static org.sdkg.rdf.TestArticles.evidence;

import java.util.List;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Organisation;
import org.sdkg.extract.Person;
import org.sdkg.extract.Project;
import org.sdkg.extract.Relation;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.Statement;
import org.sdkg.extract.Status;
import org.sdkg.ingest.Article;

/** One hand-made extraction that uses every field of every record the mapper reads. */
final class MapperFixture {
  static final String S1 = "China and the U.S. should cooperate on health, Qin Gang said.";
  static final String S2 = "China and the United States work together on health.";
  static final String S3 = "China helps Comoros fight malaria and works with the WHO.";
  static final String S4 = "Nine projects from 17 countries joined the China Space Station.";
  static final String S5 = "China partnered with 30 countries on vaccines in 2021-03.";

  private MapperFixture() {}

  static Article article() {
    return TestArticles.article(
        "2021-12-19-fixture.txt", "2021-12-19", "Fixture article", S1, S2, S3, S4, S5);
  }

  static Extraction extraction() {
    Article a = article();
    return new Extraction(
        a,
        List.of(
            new Person(
                "Qin Gang",
                "Chinese Ambassador to the United States",
                "CHN",
                "Chinese Embassy in the United States")),
        List.of(
            new Organisation("Chinese Embassy in the United States", null, "CHN"),
            new Organisation("World Health Organization", "WHO", null)),
        List.of(new Project("China Space Station", "space", 17, 9)),
        List.of(
            new Relation(
                RelationKind.COOPERATION,
                "CHN",
                "USA",
                Status.PROPOSED,
                "public_health",
                null,
                null,
                null,
                null,
                "Qin Gang",
                evidence(a, S1)),
            TestArticles.relation(
                RelationKind.COOPERATION,
                "CHN",
                "USA",
                Status.ACTIVE,
                "public_health",
                evidence(a, S2)),
            TestArticles.relation(
                RelationKind.AID, "CHN", "COM", Status.ACTIVE, "malaria", evidence(a, S3)),
            TestArticles.relation(
                RelationKind.COOPERATION,
                "CHN",
                "WHO",
                Status.ACTIVE,
                "public_health",
                evidence(a, S3)),
            new Relation(
                RelationKind.PROJECT,
                "CHN",
                Relation.UNNAMED,
                Status.ACTIVE,
                "space",
                "China Space Station",
                null,
                17,
                9,
                null,
                evidence(a, S4)),
            new Relation(
                RelationKind.COOPERATION,
                "CHN",
                Relation.UNNAMED,
                Status.ACTIVE,
                "vaccines",
                null,
                "2021-03",
                30,
                null,
                null,
                evidence(a, S5))),
        List.of(
            new Statement(
                "Qin Gang",
                "China and the U.S. should cooperate on health",
                evidence(a, S1).start(),
                evidence(a, S1).end())));
  }
}
