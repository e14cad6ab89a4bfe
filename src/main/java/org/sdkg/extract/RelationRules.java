package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * Relations stated by one sentence, clause by clause: an agreement (signing word + agreement word),
 * cooperation (cooperation word, or withdrawing/suspending), aid (helping word with a giver before
 * it and a receiver after it). Project membership is collected here and turned into relations per
 * article by {@link ProjectMemberships}.
 */
final class RelationRules {
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final Segmenter segmenter;
  private final TopicChooser topics;
  private final StatusChooser statuses;

  RelationRules(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.segmenter = new Segmenter(lexicon);
    this.topics = new TopicChooser(gazetteer);
    this.statuses = new StatusChooser(lexicon);
  }

  /** What one clause offers every relation built in it. */
  private record Clause(
      Sentence sentence,
      List<Mention> mentions,
      Segmenter.Segment segment,
      Parties parties,
      String speaker) {}

  List<Relation> relations(
      Sentence sentence, List<Mention> mentions, ArticleContext context, String speaker) {
    List<Token> tokens = sentence.tokens();
    List<Relation> out = new ArrayList<>();
    Parties previous = null;
    for (Segmenter.Segment seg : segmenter.split(tokens, mentions)) {
      Parties parties = Parties.of(mentions, tokens, seg.from(), seg.to(), context, lexicon);
      if (parties.named.isEmpty()
          && seg.afterReporting()
          && previous != null
          && previous.named.size() >= 2) {
        parties = previous;
      }
      Clause clause = new Clause(sentence, mentions, seg, parties, speaker);
      boolean agreement = agreements(clause, context, out);
      if (!agreement) {
        cooperations(clause, context, out);
      }
      aid(clause, context, out);
      List<String> countries = parties.countryCodes(gazetteer);
      if (countries.size() == 2) {
        context.setLastPair(countries);
      }
      previous = parties;
    }
    return dedupe(out);
  }

  private boolean agreements(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    int noun = lexicon.firstIn("agreement", tokens, c.segment().from(), c.segment().to());
    int verb = lexicon.firstIn("agreement-verb", tokens, c.segment().from(), c.segment().to());
    if (noun < 0 || verb < 0) {
      return false;
    }
    if (c.parties().named.size() >= 2 && !statuses.negated(tokens, c.segment().from(), verb)) {
      addPairs(c, context, RelationKind.AGREEMENT, verb, out);
    }
    return true;
  }

  private void cooperations(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    for (int i = c.segment().from(); i < c.segment().to(); i++) {
      boolean strong =
          lexicon.matchAt("cooperation", tokens, i) > 0
              || lexicon.matchAt("ended", tokens, i) > 0
              || lexicon.matchAt("suspended", tokens, i) > 0;
      boolean weak = !strong && lexicon.matchAt("cooperation-weak", tokens, i) > 0;
      if (!strong && !weak
          || insideName(c.mentions(), i)
          || statuses.negated(tokens, c.segment().from(), i)) {
        continue;
      }
      int with = Partners.withAfter(tokens, i, c.segment().to());
      if (with < 0 && clauseHasWith(c)) {
        continue;
      }
      if (with >= 0) {
        Partners partners =
            Partners.after(c.parties(), c.mentions(), tokens, with, c.segment().to());
        cooperationWith(c, context, partners, i, out);
        continue;
      }
      Parties p = c.parties();
      if (p.named.size() >= 2) {
        addPairs(c, context, RelationKind.COOPERATION, i, out);
      } else if (strong && p.named.size() == 1 && !p.unnamed.isEmpty()) {
        addRelations(
            c,
            context,
            RelationKind.COOPERATION,
            p.named.get(0).code(),
            Relation.UNNAMED,
            p.unnamedCount(),
            i,
            out);
      }
    }
  }

  /** Whether some cooperation word of the clause names its partners with "with" or "between". */
  private boolean clauseHasWith(Clause c) {
    List<Token> tokens = c.sentence().tokens();
    for (int i = c.segment().from(); i < c.segment().to(); i++) {
      boolean trigger =
          lexicon.matchAt("cooperation", tokens, i) > 0
              || lexicon.matchAt("ended", tokens, i) > 0
              || lexicon.matchAt("suspended", tokens, i) > 0;
      if (trigger
          && !insideName(c.mentions(), i)
          && Partners.withAfter(tokens, i, c.segment().to()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "A's cooperation with B and C", "cooperation between A and B": the agent with each partner. */
  private void cooperationWith(
      Clause c, ArticleContext context, Partners partners, int trigger, List<Relation> out) {
    String agent = partners.between() ? null : partners.agentBefore(c.parties(), trigger);
    if (agent == null) {
      List<String> codes = partners.named();
      for (int x = 0; x < codes.size(); x++) {
        for (int y = x + 1; y < codes.size(); y++) {
          addRelations(
              c, context, RelationKind.COOPERATION, codes.get(x), codes.get(y), null, trigger, out);
        }
      }
      return;
    }
    boolean named = false;
    for (String partner : partners.named()) {
      if (!partner.equals(agent)) {
        addRelations(c, context, RelationKind.COOPERATION, agent, partner, null, trigger, out);
        named = true;
      }
    }
    if (!named && partners.hasUnnamed()) {
      addRelations(
          c,
          context,
          RelationKind.COOPERATION,
          agent,
          Relation.UNNAMED,
          partners.unnamedCount(),
          trigger,
          out);
    }
  }

  private void aid(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    int trigger = lexicon.firstIn("aid", tokens, c.segment().from(), c.segment().to());
    if (trigger < 0 || statuses.negated(tokens, c.segment().from(), trigger)) {
      return;
    }
    Parties.Party giver = null;
    for (Parties.Party party : c.parties().named) {
      if (party.at() < trigger) {
        giver = party;
      }
    }
    if (giver == null) {
      return;
    }
    boolean receiverFound = false;
    for (Parties.Party party : c.parties().named) {
      if (party.at() > trigger && !party.code().equals(giver.code())) {
        addRelations(c, context, RelationKind.AID, giver.code(), party.code(), null, trigger, out);
        receiverFound = true;
      }
    }
    if (!receiverFound
        && c.parties().unnamed.stream().anyMatch(m -> m.from() > trigger && namesCountries(m))) {
      addRelations(
          c,
          context,
          RelationKind.AID,
          giver.code(),
          Relation.UNNAMED,
          c.parties().unnamedCount(),
          trigger,
          out);
    }
  }

  private void addPairs(
      Clause c, ArticleContext context, RelationKind kind, int trigger, List<Relation> out) {
    List<String> codes = c.parties().codes();
    if (codes.size() > 5) {
      return;
    }
    for (int x = 0; x < codes.size(); x++) {
      for (int y = x + 1; y < codes.size(); y++) {
        addRelations(c, context, kind, codes.get(x), codes.get(y), null, trigger, out);
      }
    }
  }

  private void addRelations(
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
    Status status = statuses.choose(tokens, seg.from(), seg.to(), trigger);
    String project =
        RelationContext.nearest(c.mentions(), MentionType.PROJECT, seg.from(), seg.to(), trigger);
    String date = RelationContext.date(c.mentions(), seg.from(), seg.to(), trigger);
    Evidence evidence =
        new Evidence(c.sentence().text(), c.sentence().start(), c.sentence().end(), 0.8);
    for (String topic : topicsFor(c, context, project, a, b)) {
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

  private List<String> topicsFor(
      Clause c, ArticleContext context, String project, String a, String b) {
    List<String> chosen = topics.choose(c.mentions(), c.segment().from(), c.segment().to());
    if (chosen.isEmpty()) {
      chosen = topics.choose(c.mentions(), 0, c.sentence().tokens().size());
    }
    if (chosen.isEmpty() && project != null && context.project(project).topic != null) {
      chosen = List.of(context.project(project).topic);
    }
    if (chosen.isEmpty()) {
      chosen =
          gazetteer.bodyTopic(a).or(() -> gazetteer.bodyTopic(b)).map(List::of).orElse(List.of());
    }
    return chosen.isEmpty() ? List.of(Gazetteer.FALLBACK_TOPIC) : chosen;
  }

  /**
   * "developing countries" can receive aid; "the world" or "the international community" cannot.
   */
  private boolean namesCountries(Mention unnamed) {
    return java.util.Arrays.stream(unnamed.text().split("\\s+"))
        .anyMatch(w -> lexicon.isWord("partner-noun", w));
  }

  private static boolean insideName(List<Mention> mentions, int i) {
    return mentions.stream()
        .anyMatch(
            m ->
                (m.type() == MentionType.PROJECT || m.type() == MentionType.ORGANISATION)
                    && m.overlaps(i, i + 1));
  }

  private static List<Relation> dedupe(List<Relation> relations) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : relations) {
      boolean dup =
          out.stream()
              .anyMatch(
                  o ->
                      o.kind() == r.kind()
                          && o.a().equals(r.a())
                          && o.b().equals(r.b())
                          && o.topic().equals(r.topic())
                          && o.status() == r.status());
      if (!dup) {
        out.add(r);
      }
    }
    return out;
  }
}
