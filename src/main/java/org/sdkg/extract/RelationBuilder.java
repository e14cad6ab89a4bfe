package org.sdkg.extract;

import java.util.List;
import org.sdkg.nlp.Token;

/**
 * Builds {@link Relation} records for a clause: pair order, status from the cues near the trigger,
 * topic from the clause (or the sentence, the project, the body, the article), project, date and
 * evidence.
 */
final class RelationBuilder {
  /** How many words from its trigger a project may stand and still be the relation's project. */
  private static final int PROJECT_REACH = 10;

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final StatusChooser statuses;
  private final TopicChooser topics;

  RelationBuilder(Lexicon lexicon, Gazetteer gazetteer, StatusChooser statuses) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.statuses = statuses;
    this.topics = new TopicChooser(gazetteer);
  }

  void addPairs(
      Clause c, ArticleContext context, RelationKind kind, int trigger, List<Relation> out) {
    addPairs(c, context, kind, c.parties().codes(), trigger, out);
  }

  void addPairs(
      Clause c,
      ArticleContext context,
      RelationKind kind,
      List<String> codes,
      int trigger,
      List<Relation> out) {
    if (codes.size() > 5) {
      return;
    }
    for (int x = 0; x < codes.size(); x++) {
      for (int y = x + 1; y < codes.size(); y++) {
        addRelations(c, context, kind, codes.get(x), codes.get(y), null, trigger, out);
      }
    }
  }

  void addRelations(
      Clause c,
      ArticleContext context,
      RelationKind kind,
      String a,
      String b,
      Integer partnerCount,
      int trigger,
      List<Relation> out) {
    Segmenter.Segment seg = c.segment();
    List<Token> tokens = c.sentence().tokens();
    Status status =
        statuses.choose(
            tokens,
            c.mentions(),
            statusFrom(c, kind, trigger),
            kind == RelationKind.AGREEMENT ? trigger + 1 : seg.to(),
            trigger);
    String project =
        RelationContext.nearestWithin(
            c.mentions(), MentionType.PROJECT, seg.from(), seg.to(), trigger, PROJECT_REACH);
    String date = RelationContext.date(c.mentions(), seg.from(), seg.to(), trigger);
    Evidence evidence =
        new Evidence(c.sentence().text(), c.sentence().start(), c.sentence().end(), 0.8);
    for (String topic : topicsFor(c, context, project, a, b, trigger)) {
      String first = a;
      String second = b;
      if (kind != RelationKind.AID && !b.equals(Relation.UNNAMED) && a.compareTo(b) > 0) {
        first = b;
        second = a;
      }
      out.add(
          new Relation(
              kind,
              first,
              second,
              status,
              topic,
              project,
              date,
              partnerCount,
              null,
              c.speaker(),
              evidence));
    }
  }

  /**
   * Where status cues may stand: anywhere in the clause, except for agreements, whose signing verb
   * carries its own tense, so only the words just before it ("will sign", "agreed to renew") count.
   */
  private static int statusFrom(Clause c, RelationKind kind, int trigger) {
    if (kind == RelationKind.AGREEMENT) {
      return Math.max(c.segment().from(), trigger - 4);
    }
    return c.segment().from();
  }

  /**
   * "the cooperation", "the Agreement", "their partnership", "the two countries ...": a relation
   * the article has been talking about, whose topic is the article's main one.
   */
  private boolean refersBack(Clause c, int trigger) {
    if (c.mentions().stream()
        .anyMatch(m -> m.type() == MentionType.PAIR_REFERENCE && c.segment().contains(m.from()))) {
      return true;
    }
    List<Token> tokens = c.sentence().tokens();
    for (int k = Math.max(1, c.segment().from()); k < c.segment().to(); k++) {
      String before = tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT);
      boolean definite =
          before.equals("the")
              || before.equals("this")
              || before.equals("their")
              || before.equals("such");
      if (definite
          && (lexicon.matchAt("cooperation", tokens, k) > 0
              || lexicon.matchAt("agreement", tokens, k) > 0)) {
        return true;
      }
    }
    return false;
  }

  private List<String> topicsFor(
      Clause c, ArticleContext context, String project, String a, String b, int trigger) {
    List<String> chosen = topics.choose(c.mentions(), c.segment().from(), c.segment().to());
    if (chosen.isEmpty()) {
      chosen = topics.choose(c.mentions(), 0, c.sentence().tokens().size());
    }
    if (chosen.isEmpty() && project != null && context.project(project).topic != null) {
      chosen = List.of(context.project(project).topic);
    }
    if (chosen.isEmpty() && project != null) {
      chosen = gazetteer.projectTopic(project).map(List::of).orElse(List.of());
    }
    if (chosen.isEmpty()) {
      chosen =
          gazetteer.bodyTopic(a).or(() -> gazetteer.bodyTopic(b)).map(List::of).orElse(List.of());
    }
    if (chosen.isEmpty() && refersBack(c, trigger)) {
      chosen = context.dominantTopic().map(List::of).orElse(List.of());
    }
    if (chosen.isEmpty()) {
      return List.of(Gazetteer.FALLBACK_TOPIC);
    }
    chosen.forEach(context::countTopic);
    return chosen;
  }
}
