package org.sdkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.MultilateralBody;
import org.sdkg.ontology.Topic;
import org.sdkg.ontology.TopicScheme;

/**
 * Draws the {@link Cast} of an article. Countries follow a Zipf law over a fixed ranking: the
 * countries that dominate science news first, every other ISO country after them in an order
 * shuffled once with a constant seed, so the ranking never depends on the corpus seed.
 */
final class Casting {
  /** The countries that dominate international science news, most frequent first. */
  private static final List<String> HEADLINE_COUNTRIES =
      List.of(
          "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "KOR", "CAN", "AUS", "ITA",
          "ZAF", "ISR", "TUR", "SAU", "EGY", "NGA", "KEN", "IDN", "MEX", "ESP", "PAK", "IRN");

  private static final long RANKING_SEED = 0x5D6_2026L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  private final ZipfSampler<Country> countries;
  private final ZipfSampler<MultilateralBody> bodies;
  private final List<Topic> topics;
  private final Templates templates;

  Casting(Countries countries, MultilateralBodies bodies, TopicScheme scheme, Templates templates) {
    this.countries = new ZipfSampler<>(ranking(countries), 1.0);
    this.bodies = new ZipfSampler<>(bodies.all(), 1.0);
    this.topics = scheme.topics().stream().filter(t -> !t.notation().equals("other")).toList();
    this.templates = templates;
  }

  /** Every country, the headline countries first, then the rest in a fixed shuffled order. */
  static List<Country> ranking(Countries countries) {
    List<Country> head = new ArrayList<>();
    for (String alpha3 : HEADLINE_COUNTRIES) {
      head.add(
          countries
              .byAlpha3(alpha3)
              .orElseThrow(() -> new IllegalStateException("no country " + alpha3)));
    }
    List<Country> rest = new ArrayList<>(countries.all());
    rest.removeAll(head);
    Collections.shuffle(rest, new Random(RANKING_SEED));
    head.addAll(rest);
    return head;
  }

  Cast draw(RandomGenerator random) {
    Set<Country> drawn = new LinkedHashSet<>();
    Country a = distinctCountry(random, drawn);
    Country b = distinctCountry(random, drawn);
    Country c = distinctCountry(random, drawn);
    List<Country> members = new ArrayList<>();
    int memberCount = 3 + random.nextInt(3);
    for (int i = 0; i < memberCount; i++) {
      members.add(distinctCountry(random, drawn));
    }
    Topic topic = topics.get(random.nextInt(topics.size()));
    Topic topic2 = topics.get(random.nextInt(topics.size()));
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    LocalDate published = FIRST_DAY.plusDays(random.nextLong(days));
    List<Cast.Speaker> speakers = new ArrayList<>();
    while (speakers.size() < 2) {
      Cast.Speaker s = speakers.isEmpty() ? speaker(random, a, b) : speaker(random, b, a);
      if (speakers.isEmpty() || !s.lastName().equals(speakers.get(0).lastName())) {
        speakers.add(s);
      }
    }
    return new Cast(
        a,
        b,
        c,
        members,
        topic,
        topic2,
        projectName(random, a, b, topic),
        bodyName(bodies.sample(random), random),
        speakers.get(0),
        speakers.get(1),
        published);
  }

  private Country distinctCountry(RandomGenerator random, Set<Country> drawn) {
    while (true) {
      Country c = countries.sample(random);
      if (drawn.add(c)) {
        return c;
      }
    }
  }

  private String projectName(RandomGenerator random, Country a, Country b, Topic topic) {
    String head = templates.pick("project-head", random);
    return switch (random.nextInt(3)) {
      case 0 ->
          templates.pick("project-adjective", random)
              + " "
              + templates.pick("project-noun", random)
              + " "
              + head;
      case 1 -> CountryWords.adjective(a) + "-" + CountryWords.adjective(b) + " " + head;
      default ->
          templates.pick("project-noun", random) + " " + titleCase(topic.prefLabel()) + " " + head;
    };
  }

  /** The body's name or acronym, with "the" where news puts one ("the WHO", but "ESA"). */
  private static String bodyName(MultilateralBody body, RandomGenerator random) {
    String form = random.nextInt(3) == 0 ? body.acronym() : body.name();
    return body.aliases().contains("the " + form) ? "the " + form : form;
  }

  private Cast.Speaker speaker(RandomGenerator random, Country own, Country other) {
    String name = templates.pick("first-name", random) + " " + templates.pick("last-name", random);
    String role =
        templates
            .pick("role", random)
            .replace("{country-adj}", CountryWords.adjective(own))
            .replace("{country}", CountryWords.name(own))
            .replace("{other}", CountryWords.name(other));
    return new Cast.Speaker(name, role);
  }

  static String titleCase(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length());
    boolean start = true;
    for (char ch : phrase.toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ';
    }
    return out.toString();
  }
}
