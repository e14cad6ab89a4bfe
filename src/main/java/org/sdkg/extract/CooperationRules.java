package org.sdkg.extract;

import java.util.List;
import org.sdkg.nlp.Token;

/**
 * Cooperation in one clause: a cooperation word (or withdrawing, suspending) with its partners
 * after "with"/"between"/"from" and its agent before it, or else every pair of the clause's
 * parties; one named party with unnamed ones gives a relation with {@code *}.
 */
final class CooperationRules {
  private final Lexicon lexicon;
  private final StatusChooser statuses;
  private final RelationBuilder builder;

  CooperationRules(Lexicon lexicon, StatusChooser statuses, RelationBuilder builder) {
    this.lexicon = lexicon;
    this.statuses = statuses;
    this.builder = builder;
  }

  void apply(Clause c, ArticleContext context, List<Relation> out) {
    memberOfBody(c, context, out);
    List<Token> tokens = c.sentence().tokens();
    for (int i = c.segment().from(); i < c.segment().to(); i++) {
      boolean strong =
          lexicon.matchAt("cooperation", tokens, i) > 0
              || lexicon.matchAt("ended", tokens, i) > 0
              || lexicon.matchAt("suspended", tokens, i) > 0;
      boolean weak = !strong && lexicon.matchAt("cooperation-weak", tokens, i) > 0;
      if (!strong && !weak || c.insideName(i) || statuses.negated(tokens, c.segment().from(), i)) {
        continue;
      }
      int with =
          Partners.withAfter(tokens, i, c.segment().to(), lexicon.matchAt("ended", tokens, i) > 0);
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
      List<String> withPeople = p.codesWithPeople();
      if (p.named.size() >= 2) {
        builder.addPairs(c, context, RelationKind.COOPERATION, i, out);
      } else if (withPeople.size() >= 2) {
        // "X's minister and Y's minister agreed to restart climate cooperation"
        builder.addPairs(c, context, RelationKind.COOPERATION, withPeople, i, out);
      } else if (strong && p.named.size() == 1 && !p.unnamed.isEmpty()) {
        builder.addRelations(
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

  /**
   * "Austria has been a member of the European Space Agency", "Ukraine, an Associate Member State
   * of CERN": one country's membership of a multilateral body is cooperation with that body. Lists
   * of several members are projects of the body (see {@link ProjectMemberships}).
   */
  private void memberOfBody(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    int from = c.segment().from();
    int to = c.segment().to();
    int cue = lexicon.firstIn("membership", tokens, from, to);
    if (cue < 0
        || lexicon.matchAt("ended", tokens, cue) > 0
        || statuses.negated(tokens, from, cue)) {
      return;
    }
    List<Mention> countries =
        c.mentions().stream()
            .filter(m -> m.type() == MentionType.COUNTRY && m.party() && m.from() >= from)
            .filter(m -> m.to() <= to)
            .toList();
    Mention body =
        c.mentions().stream()
            .filter(m -> m.type() == MentionType.BODY && m.from() > cue && m.to() <= to)
            .findFirst()
            .orElse(null);
    if (body == null || countries.stream().map(Mention::key).distinct().count() != 1) {
      return;
    }
    builder.addRelations(
        c, context, RelationKind.COOPERATION, countries.get(0).key(), body.key(), null, cue, out);
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
          && !c.insideName(i)
          && Partners.withAfter(
                  tokens, i, c.segment().to(), lexicon.matchAt("ended", tokens, i) > 0)
              >= 0) {
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
          builder.addRelations(
              c, context, RelationKind.COOPERATION, codes.get(x), codes.get(y), null, trigger, out);
        }
      }
      return;
    }
    boolean named = false;
    for (String partner : partners.named()) {
      if (!partner.equals(agent)) {
        builder.addRelations(
            c, context, RelationKind.COOPERATION, agent, partner, null, trigger, out);
        named = true;
      }
    }
    if (!named && partners.hasUnnamed()) {
      builder.addRelations(
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
}
