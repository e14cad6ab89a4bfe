package org.sdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;

/** Golden test: the relations and entities of the project's original article. */
class SeedExtractionTest {
  private static Extraction seed;

  @BeforeAll
  static void extractSeed() {
    var article =
        new ArticleReader(IngestOptions.defaults())
            .read(List.of(TestPaths.seedArticle()))
            .articles()
            .get(0);
    seed = Extractors.newExtractor().extract(article);
  }

  @Test
  void extract_givenSeed_yieldsExactlyTheExpectedRelations() {
    Set<String> rows =
        seed.relations().stream()
            .map(
                r ->
                    String.join(
                        " ",
                        r.a(),
                        r.b(),
                        r.kind().code(),
                        r.status().code(),
                        r.topic(),
                        r.project() == null ? "-" : r.project()))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "CHN USA cooperation proposed public_health -",
            "CHN USA cooperation proposed climate -",
            "CHN USA cooperation suspended clean_energy U.S.-China Clean Energy Research Center",
            "CHN USA cooperation proposed clean_energy -",
            "CHN * project active space China Space Station",
            "CHN * cooperation active vaccines -",
            "CHN COM cooperation active malaria -",
            "CHN * aid active research -",
            "CHN * cooperation proposed space -",
            "CHN * cooperation proposed space China Space Station"),
        rows);
  }

  @Test
  void extract_givenSeed_carriesCountsSpeakerAndEvidenceOffsets() {
    List<Relation> vaccines =
        seed.relations().stream().filter(r -> r.topic().equals("vaccines")).toList();
    assertEquals(2, vaccines.size(), vaccines.toString());
    Relation thirty =
        vaccines.stream()
            .filter(r -> r.evidence().text().startsWith("Noting that China has partnered with 30"))
            .findFirst()
            .orElseThrow();
    assertEquals(30, thirty.partnerCount());
    Relation station = only("project", "space");
    assertEquals(17, station.partnerCount());
    assertEquals(9, station.projectCount());
    for (Relation r : seed.relations()) {
      assertEquals("Qin Gang", r.speaker(), r.toString());
      Evidence e = r.evidence();
      assertEquals(e.text(), seed.article().text().substring(e.start(), e.end()));
    }
    assertTrue(
        only("cooperation", "malaria")
            .evidence()
            .text()
            .startsWith("Citing China's cooperation with Comoros in fighting malaria"));
  }

  @Test
  void extract_givenSeed_keepsEverySentenceThatStatesARelation() {
    List<String> publicHealth =
        seed.relations().stream()
            .filter(r -> r.topic().equals("public_health"))
            .map(r -> r.evidence().text().substring(0, 20))
            .toList();
    assertEquals(List.of("It's among China's d", "Noting that China ha"), publicHealth);
  }

  @Test
  void extract_givenSeedCaption_producesNoRelation() {
    assertFalse(
        seed.relations().stream().anyMatch(r -> r.evidence().text().startsWith("A man wearing")));
  }

  @Test
  void extract_givenSeed_resolvesFridayNightToTwoDaysBeforePublication() {
    Relation first =
        seed.relations().stream()
            .filter(r -> r.evidence().text().startsWith("It's among China's"))
            .findFirst()
            .orElseThrow();
    assertEquals("2021-12-17", first.date());
  }

  @Test
  void extract_givenSeed_findsPeopleWithRolesAndOrganisations() {
    Person qin = person("Qin Gang");
    assertEquals("Chinese Ambassador to the United States", qin.role());
    assertEquals("CHN", qin.country());
    assertEquals("photographer", person("Michael Nagle").role());
    person("Kim Montgomery");
    Set<String> orgs =
        seed.organisations().stream().map(Organisation::name).collect(Collectors.toSet());
    assertTrue(
        orgs.containsAll(
            Set.of("United Nations", "Xinhua", "Chinese Embassy in the United States")),
        orgs.toString());
    Organisation embassy =
        seed.organisations().stream()
            .filter(o -> o.name().equals("Chinese Embassy in the United States"))
            .findFirst()
            .orElseThrow();
    assertEquals("CHN", embassy.country());
  }

  private static Person person(String name) {
    return seed.people().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + seed.people()));
  }

  private static Relation only(String kind, String topic) {
    List<Relation> found =
        seed.relations().stream()
            .filter(r -> r.kind().code().equals(kind) && r.topic().equals(topic))
            .filter(r -> r.project() == null || kind.equals("project"))
            .toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
