package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSchemeTest {
  private final TopicScheme scheme = TopicScheme.load();

  @Test
  void load_hasTheAgreedNotations() {
    assertEquals(
        List.of(
            "agriculture",
            "biodiversity",
            "clean_energy",
            "climate",
            "digital",
            "education",
            "malaria",
            "nuclear",
            "oceans",
            "other",
            "public_health",
            "research",
            "space",
            "vaccines"),
        scheme.topics().stream().map(Topic::notation).toList());
  }

  @Test
  void vaccinesAndMalaria_areNarrowerThanPublicHealth_othersAreTopConcepts() {
    assertEquals("public_health", scheme.byNotation("vaccines").orElseThrow().broader());
    assertEquals("public_health", scheme.byNotation("malaria").orElseThrow().broader());
    assertNull(scheme.byNotation("climate").orElseThrow().broader());
    assertNull(scheme.byNotation("public_health").orElseThrow().broader());
  }

  @Test
  void labels_includePrefAltAndHiddenLabelsInLowerCase() {
    Topic climate = scheme.byNotation("climate").orElseThrow();
    assertEquals("climate", climate.prefLabel());
    assertTrue(
        climate
            .labels()
            .containsAll(
                List.of(
                    "climate",
                    "climate change",
                    "global warming",
                    "carbon neutrality",
                    "emissions",
                    "greenhouse gas",
                    "paris agreement",
                    "cop26")),
        climate.labels().toString());
    Topic space = scheme.byNotation("space").orElseThrow();
    assertTrue(
        space.labels().containsAll(List.of("space station", "astronauts", "lunar", "satellite")));
    Topic research = scheme.byNotation("research").orElseThrow();
    assertTrue(
        research
            .labels()
            .containsAll(
                List.of("scientific and technological cooperation", "joint research", "r&d")));
    for (Topic t : scheme.topics()) {
      for (String label : t.labels()) {
        assertEquals(label.toLowerCase(java.util.Locale.ROOT), label);
      }
    }
  }

  @Test
  void noLabel_belongsToTwoTopics() {
    Map<String, String> owner = new HashMap<>();
    for (Topic t : scheme.topics()) {
      for (String label : t.labels()) {
        String previous = owner.put(label, t.notation());
        assertNull(previous, "\"" + label + "\" is in " + previous + " and " + t.notation());
      }
    }
  }

  @Test
  void everyTopicButOther_hasAltLabels() {
    for (Topic t : scheme.topics()) {
      if (!t.notation().equals("other")) {
        assertTrue(t.labels().size() >= 8, t.notation() + " has only " + t.labels());
      }
    }
  }
}
