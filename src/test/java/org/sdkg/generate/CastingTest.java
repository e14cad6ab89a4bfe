package org.sdkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.TopicScheme;

class CastingTest {
  private final Casting casting =
      new Casting(
          Countries.load(), MultilateralBodies.load(), TopicScheme.load(), Templates.load());

  @Test
  void ranking_holdsEveryIsoCountryOnce_headlineCountriesFirst() {
    List<Country> ranking = Casting.ranking(Countries.load());
    assertEquals(Countries.load().all().size(), ranking.size());
    assertEquals(ranking.size(), ranking.stream().distinct().count());
    assertEquals("USA", ranking.get(0).alpha3());
    assertEquals("CHN", ranking.get(1).alpha3());
  }

  @Test
  void draw_mainPairIsSkewedTowardsHeadlineCountries() {
    Random random = new Random(1);
    Map<String, Integer> counts = new HashMap<>();
    int draws = 2000;
    for (int i = 0; i < draws; i++) {
      Cast cast = casting.draw(random);
      counts.merge(cast.a().alpha3(), 1, Integer::sum);
      counts.merge(cast.b().alpha3(), 1, Integer::sum);
    }
    int usa = counts.getOrDefault("USA", 0);
    // Zipf with exponent 1 over ~250 countries gives the first rank about 16% of draws.
    assertTrue(usa > 0.10 * draws * 2, "USA drawn " + usa + " times");
    assertTrue(counts.size() > 100, "only " + counts.size() + " distinct countries");
    long rare = counts.values().stream().filter(c -> c < 10).count();
    assertTrue(rare > 50, "long tail too short: " + rare);
  }

  @Test
  void draw_countriesAndSpeakersOfOneArticleAreDistinct() {
    Random random = new Random(2);
    for (int i = 0; i < 500; i++) {
      Cast cast = casting.draw(random);
      assertNotEquals(cast.a(), cast.b());
      assertTrue(!cast.members().contains(cast.a()) && !cast.members().contains(cast.c()));
      assertNotEquals(cast.speakerA().lastName(), cast.speakerB().lastName());
    }
  }

  @Test
  void zipfSampler_drawsFirstRankAtItsProbability() {
    ZipfSampler<Integer> sampler = new ZipfSampler<>(List.of(1, 2, 3, 4), 1.0);
    // 1 / (1 + 1/2 + 1/3 + 1/4) = 0.48
    assertEquals(0.48, sampler.probability(0), 1e-9);
    Random random = new Random(3);
    int first = 0;
    for (int i = 0; i < 10_000; i++) {
      if (sampler.sample(random) == 1) {
        first++;
      }
    }
    assertEquals(4800, first, 150);
  }

  @Test
  void everyTemplate_fillsWithoutUnknownPlaceholders() {
    Templates templates = Templates.load();
    Cast cast = casting.draw(new Random(4));
    TemplateFiller filler = new TemplateFiller(cast, templates, new Random(5));
    int filled = 0;
    for (String section : templates.sectionNames()) {
      if (section.equals("role")) {
        continue; // filled per speaker with {country} placeholders, see Casting
      }
      for (String template : templates.section(section)) {
        String text = filler.fill(template);
        assertTrue(!text.contains("{") && !text.contains("}"), text);
        filled++;
      }
    }
    assertTrue(filled > 150, "only " + filled + " templates");
  }
}
