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
  private final StatusChooser statuses;
  private final RelationBuilder builder;
  private final CooperationRules cooperations;
  private final AidRules aid;

  RelationRules(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.segmenter = new Segmenter(lexicon);
    this.statuses = new StatusChooser(lexicon);
    this.builder = new RelationBuilder(lexicon, gazetteer, statuses);
    this.cooperations = new CooperationRules(lexicon, statuses, builder);
    this.aid = new AidRules(lexicon, statuses, builder);
  }

  List<Relation> relations(
      Sentence sentence, List<Mention> mentions, ArticleContext context, String speaker) {
    List<Token> tokens = sentence.tokens();
    List<Relation> out = new ArrayList<>();
    pairFromPeople(mentions, context);
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
        cooperations.apply(clause, context, out);
      }
      aid.apply(clause, context, out);
      List<String> countries = parties.countryCodes(gazetteer);
      if (countries.size() == 2) {
        context.setLastPair(countries);
      }
      previous = parties;
    }
    return dedupe(out);
  }

  /**
   * "X's minister met Y's minister, and the two sides agreed...": when a sentence refers to a pair
   * and its people represent exactly two countries, those are the pair.
   */
  private static void pairFromPeople(List<Mention> mentions, ArticleContext context) {
    if (mentions.stream().noneMatch(m -> m.type() == MentionType.PAIR_REFERENCE)) {
      return;
    }
    java.util.Set<String> countries = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      Person person = m.type() == MentionType.PERSON ? context.person(m.key()) : null;
      if (person != null && person.country() != null) {
        countries.add(person.country());
      }
    }
    if (countries.size() == 2) {
      context.setLastPair(List.copyOf(countries));
    }
  }

  private boolean agreements(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    int noun = lexicon.firstIn("agreement", tokens, c.segment().from(), c.segment().to());
    int verb = lexicon.firstIn("agreement-verb", tokens, c.segment().from(), c.segment().to());
    if (noun < 0 || verb < 0) {
      return false;
    }
    int cooperation = lexicon.firstIn("cooperation", tokens, c.segment().from(), verb);
    if (cooperation >= 0
        && !c.insideName(cooperation)
        && Partners.withAfter(tokens, cooperation, verb) >= 0) {
      return false; // "will work with Chile to encourage others to sign the Treaty"
    }
    if (statuses.negated(tokens, c.segment().from(), verb)) {
      return true;
    }
    int with = withBetween(tokens, verb, Math.min(c.segment().to(), Math.max(noun, verb) + 5));
    if (with >= 0) {
      Partners partners = Partners.after(c.parties(), c.mentions(), tokens, with, c.segment().to());
      String agent = partners.agentBefore(c.parties(), verb);
      for (String partner : partners.named()) {
        if (agent != null && !partner.equals(agent)) {
          builder.addRelations(c, context, RelationKind.AGREEMENT, agent, partner, null, verb, out);
        }
      }
      if (agent != null && partners.named().isEmpty() && partners.hasUnnamed()) {
        // "maintains science agreements with more than 50 countries"
        builder.addRelations(
            c,
            context,
            RelationKind.AGREEMENT,
            agent,
            Relation.UNNAMED,
            partners.unnamedCount(),
            verb,
            out);
      }
      return true;
    }
    List<String> signers = new ArrayList<>(c.parties().codesWithPeople());
    String host = hostOf(c);
    if (host != null && !namesAgreement(c, noun) && signers.size() >= 3) {
      signers.remove(host); // "signed an agreement at the WHO headquarters": a place after all
    }
    if (host != null && signers.size() >= 3 && namesAgreement(c, noun)) {
      // "Panama and Austria signed the Accords at NASA Headquarters": each with the host
      for (String signer : signers) {
        if (!signer.equals(host)) {
          builder.addRelations(c, context, RelationKind.AGREEMENT, signer, host, null, verb, out);
        }
      }
    } else if (signers.size() >= 2) {
      builder.addPairs(c, context, RelationKind.AGREEMENT, signers, verb, out);
    } else if (signers.size() == 1 && namesAgreement(c, noun)) {
      // "Kenya ratified the Kyoto Protocol": one signer of a multilateral agreement
      builder.addRelations(
          c, context, RelationKind.AGREEMENT, signers.get(0), Relation.UNNAMED, null, verb, out);
    }
    return true;
  }

  /** The party hosting a signing ("hosted by NASA", "at NASA Headquarters"), or {@code null}. */
  private static String hostOf(Clause c) {
    List<Token> tokens = c.sentence().tokens();
    return c.mentions().stream()
        .filter(m -> m.from() >= c.segment().from() && m.to() <= c.segment().to())
        .filter(m -> m.party() && NameMentionFinder.isCountryLike(m) && Parties.isHost(m, tokens))
        .map(Mention::key)
        .findFirst()
        .orElse(null);
  }

  /** Whether the agreement word is part of a named agreement ("the Paris Agreement"). */
  private static boolean namesAgreement(Clause c, int noun) {
    return c.mentions().stream()
        .anyMatch(m -> m.type() == MentionType.PROJECT && m.overlaps(noun, noun + 1));
  }

  /** "signed a memorandum of understanding with China": the "with" that names the other signer. */
  private static int withBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).text().equalsIgnoreCase("with")) {
        return k;
      }
    }
    return -1;
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
