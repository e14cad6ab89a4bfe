package org.sdkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdkg.ingest.Article;

/**
 * What the extractor remembers while reading one article: people and their roles, acronyms defined
 * in the text, projects, the last pair of countries and the last speaker (for "both countries" and
 * "he said").
 */
final class ArticleContext {
  private final Article article;
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, String> personAliases = new HashMap<>();
  private final Map<String, Mention> acronyms = new HashMap<>();
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private final Map<String, ProjectFacts> projects = new LinkedHashMap<>();
  private final List<Statement> statements = new ArrayList<>();
  private List<String> lastPair = List.of();
  private String lastSpeaker;
  private String lastBody;
  private final Map<String, Integer> topicCounts = new LinkedHashMap<>();
  private final Map<String, Integer> mentionedTopics = new LinkedHashMap<>();

  /**
   * What the article says about one project: its topic, counts, the countries that fund it as aid.
   */
  static final class ProjectFacts {
    final String name;
    String topic;
    Integer participantCount;
    Integer projectCount;
    String owner;
    final List<String> aidGivers = new ArrayList<>();

    ProjectFacts(String name) {
      this.name = name;
    }

    Project toRecord() {
      return new Project(name, topic, participantCount, projectCount);
    }
  }

  ArticleContext(Article article) {
    this.article = article;
  }

  Article article() {
    return article;
  }

  LocalDate published() {
    return article.date();
  }

  void addPerson(Person person) {
    Person known = people.get(person.name());
    if (known == null || (known.role() == null && person.role() != null)) {
      people.put(person.name(), person);
    }
    for (String part : person.name().split("\\s+")) {
      if (part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && !part.endsWith(".")) {
        personAliases.merge(part, person.name(), (a, b) -> a.equals(b) ? a : "");
      }
    }
  }

  /** The full name a single-word or full mention refers to, or {@code null}. */
  String personNamed(String text) {
    if (people.containsKey(text)) {
      return text;
    }
    String full = personAliases.get(text);
    return full == null || full.isEmpty() ? null : full;
  }

  Person person(String fullName) {
    return people.get(fullName);
  }

  /** The last person whose role contains {@code roleWord} ("the ambassador"). */
  String personWithRole(String roleWord) {
    String found = null;
    for (Person p : people.values()) {
      if (p.role() != null && p.role().toLowerCase(java.util.Locale.ROOT).contains(roleWord)) {
        found = p.name();
      }
    }
    return found;
  }

  void defineAcronym(String acronym, Mention meaning) {
    acronyms.putIfAbsent(acronym, meaning);
  }

  Mention acronym(String acronym) {
    return acronyms.get(acronym);
  }

  void addOrganisation(Organisation organisation) {
    organisations.putIfAbsent(organisation.name(), organisation);
  }

  Organisation organisation(String name) {
    return organisations.get(name);
  }

  /** Whether the article has already named a project so. */
  boolean knowsProject(String name) {
    return projects.containsKey(name);
  }

  ProjectFacts project(String name) {
    return projects.computeIfAbsent(name, ProjectFacts::new);
  }

  /** The first project the article names, which "the project" or "the laboratory" refer back to. */
  ProjectFacts mainProject() {
    return projects.isEmpty() ? null : projects.values().iterator().next();
  }

  List<ProjectFacts> projects() {
    return List.copyOf(projects.values());
  }

  /**
   * Counts a topic the article's relations are about, for "the cooperation" without a topic of its
   * own.
   */
  void countTopic(String notation) {
    topicCounts.merge(notation, 1, Integer::sum);
  }

  /** The topic most of the article's relations so far are about. */
  java.util.Optional<String> dominantTopic() {
    return topicCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** The multilateral body named last: what "the organization" refers to. */
  String lastBody() {
    return lastBody;
  }

  void setLastBody(String acronym) {
    lastBody = acronym;
  }

  /** Counts a topic word of the text, whatever relation it belongs to. */
  void countMentionedTopic(String notation) {
    mentionedTopics.merge(notation, 1, Integer::sum);
  }

  /** The topic the article's words name most: the fallback topic of its projects. */
  java.util.Optional<String> mostMentionedTopic() {
    return mentionedTopics.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  void addStatement(Statement statement) {
    statements.add(statement);
  }

  List<String> lastPair() {
    return lastPair;
  }

  void setLastPair(List<String> pair) {
    lastPair = List.copyOf(pair);
  }

  /** The last speaker, or else the last person added: whom "he said" refers to. */
  String lastSpeaker() {
    if (lastSpeaker != null || people.isEmpty()) {
      return lastSpeaker;
    }
    String last = null;
    for (String name : people.keySet()) {
      last = name;
    }
    return last;
  }

  void setLastSpeaker(String speaker) {
    lastSpeaker = speaker;
  }

  List<Person> people() {
    return List.copyOf(people.values());
  }

  List<Organisation> organisations() {
    return List.copyOf(organisations.values());
  }

  List<Statement> statements() {
    return List.copyOf(statements);
  }
}
