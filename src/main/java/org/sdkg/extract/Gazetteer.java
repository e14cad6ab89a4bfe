package org.sdkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdkg.nlp.Token;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.MultilateralBody;
import org.sdkg.ontology.Topic;
import org.sdkg.ontology.TopicScheme;

/**
 * The names sdkg recognises from its reference data: countries (names, aliases, demonyms),
 * multilateral bodies, national agencies, and topic labels from {@code ontology/topics.ttl}. Built
 * once and shared by all threads.
 */
public final class Gazetteer {
  /** The topic of relations whose text names none; never recognised in text ("other countries"). */
  static final String FALLBACK_TOPIC = "other";

  /** A recognised name. */
  record Entry(MentionType type, String key) {}

  private final TokenTrie<Entry> names = new TokenTrie<>(false);
  private final TokenTrie<Entry> topics = new TokenTrie<>(true);
  private final Map<String, String> topicBroader = new HashMap<>();
  private final Map<String, String> bodyTopics = new HashMap<>();
  private final Map<String, String> projectTopics = new HashMap<>();
  private final Countries countries;
  private final MultilateralBodies bodies;

  private Gazetteer(
      Countries countries, MultilateralBodies bodies, TopicScheme scheme, Lexicon lexicon) {
    this.countries = countries;
    this.bodies = bodies;
    for (MultilateralBody body : bodies.all()) {
      for (String form : body.surfaceForms()) {
        names.add(form, new Entry(MentionType.BODY, body.acronym()));
      }
    }
    for (Lexicon.Entry agency : lexicon.section("agency")) {
      names.add(String.join(" ", agency.words()), new Entry(MentionType.AGENCY, agency.value()));
    }
    for (Map.Entry<String, Country> form : countries.surfaceForms().entrySet()) {
      names.add(form.getKey(), new Entry(MentionType.COUNTRY, form.getValue().alpha3()));
    }
    for (Topic topic : scheme.topics()) {
      if (topic.notation().equals(FALLBACK_TOPIC)) {
        continue;
      }
      for (String label : topic.labels()) {
        topics.add(label, new Entry(MentionType.TOPIC, topic.notation()));
      }
      if (topic.broader() != null) {
        topicBroader.put(topic.notation(), topic.broader());
      }
    }
    for (Lexicon.Entry e : lexicon.section("body-topic")) {
      bodyTopics.put(e.words().get(0), e.value());
    }
    for (Lexicon.Entry e : lexicon.section("project-topic")) {
      projectTopics.put(e.words().get(0), e.value());
    }
  }

  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /** The longest country, body or agency name starting at token {@code i}. */
  TokenTrie.Match<Entry> nameAt(List<Token> tokens, int i) {
    return names.longestAt(tokens, i);
  }

  /** The longest topic label starting at token {@code i} (case-insensitive). */
  TokenTrie.Match<Entry> topicAt(List<Token> tokens, int i) {
    return topics.longestAt(tokens, i);
  }

  /** The broader topic of {@code notation}, or {@code null}. */
  String broader(String notation) {
    return topicBroader.get(notation);
  }

  /** The topic a multilateral body stands for, when its sentence names none. */
  /** The topic of a well-known programme named by one of its words ("the Artemis Accords"). */
  Optional<String> projectTopic(String name) {
    for (String word : name.split("[\\s-]+")) {
      String topic = projectTopics.get(word);
      if (topic != null) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  Optional<String> bodyTopic(String acronym) {
    return Optional.ofNullable(bodyTopics.get(acronym));
  }

  /** The full name of a multilateral body. */
  String bodyName(String acronym) {
    return bodies.byAcronym(acronym).map(MultilateralBody::name).orElse(acronym);
  }

  /** The English name of a country. */
  String countryName(String alpha3) {
    return countries.byAlpha3(alpha3).map(Country::name).orElse(alpha3);
  }

  /** Whether {@code alpha3} is a known country code. */
  boolean isCountry(String alpha3) {
    return countries.byAlpha3(alpha3).isPresent();
  }

  private static final class Holder {
    static final Gazetteer INSTANCE =
        new Gazetteer(
            Countries.load(), MultilateralBodies.load(), TopicScheme.load(), Lexicon.load());
  }
}
