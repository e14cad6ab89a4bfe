package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdkg.nlp.Token;

/**
 * Aid in one clause: a helping word with the giver as the nearest party before it and the receivers
 * after it; giving words ("provided", "sent") need the receiver after "to" or "for".
 */
final class AidRules {
  private final Lexicon lexicon;
  private final StatusChooser statuses;
  private final RelationBuilder builder;

  AidRules(Lexicon lexicon, StatusChooser statuses, RelationBuilder builder) {
    this.lexicon = lexicon;
    this.statuses = statuses;
    this.builder = builder;
  }

  void apply(Clause c, ArticleContext context, List<Relation> out) {
    List<Token> tokens = c.sentence().tokens();
    int from = c.segment().from();
    int to = c.segment().to();
    int help = lexicon.firstIn("aid", tokens, from, to);
    int transfer = lexicon.firstIn("aid-transfer", tokens, from, to);
    int support = lexicon.firstIn("aid-support", tokens, from, to);
    int receive = lexicon.firstIn("aid-receiving", tokens, from, to);
    int trigger = help >= 0 ? help : transfer >= 0 ? transfer : support >= 0 ? support : receive;
    if (trigger < 0 || statuses.negated(tokens, from, trigger)) {
      return;
    }
    if (trigger == receive && !receivesGoods(c)) {
      return; // "received a delegation from China"
    }
    boolean needsTo = trigger == transfer;
    boolean needsObject = trigger == support;
    if (receivedFrom(c, context, tokens, trigger, out) || trigger == receive) {
      return; // "Kenya received bed nets from Japan", or a receiving word with no giver
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
    for (String other : coordinatedBefore(c, giver)) {
      giveTo(c, context, tokens, other, trigger, needsTo, needsObject, out);
    }
    giveTo(c, context, tokens, giver.code(), trigger, needsTo, needsObject, out);
  }

  /** Receivers after the aid word, else unnamed ones ("developing countries"). */
  private void giveTo(
      Clause c,
      ArticleContext context,
      List<Token> tokens,
      String giverCode,
      int trigger,
      boolean needsTo,
      boolean needsObject,
      List<Relation> out) {
    boolean receiverFound = false;
    for (Parties.Party party : c.parties().named) {
      if (party.at() > trigger
          && !party.code().equals(giverCode)
          && (!needsTo || afterTo(tokens, party.at(), c.mentions()))
          && (!needsObject || directObject(tokens, trigger, party.at(), c.mentions()))) {
        builder.addRelations(
            c, context, RelationKind.AID, giverCode, party.code(), null, trigger, out);
        receiverFound = true;
      }
    }
    if (!receiverFound
        && c.parties().unnamed.stream()
            .anyMatch(
                m ->
                    m.from() > trigger
                        && namesCountries(m)
                        && (!needsTo || afterTo(tokens, m.from(), c.mentions()))
                        && !needsObject)) {
      builder.addRelations(
          c,
          context,
          RelationKind.AID,
          giverCode,
          Relation.UNNAMED,
          c.parties().unnamedCount(),
          trigger,
          out);
    }
  }

  /** "received 2 million doses", "received bed nets": a quantity or a topic word is received. */
  private static boolean receivesGoods(Clause c) {
    List<Token> tokens = c.sentence().tokens();
    for (int k = c.segment().from(); k < c.segment().to(); k++) {
      if ("NUM".equals(tokens.get(k).pos()) || tokens.get(k).text().equals("$")) {
        return true;
      }
    }
    return c.mentions().stream()
        .anyMatch(
            m ->
                m.type() == MentionType.TOPIC
                    && m.from() >= c.segment().from()
                    && m.to() <= c.segment().to());
  }

  /**
   * "Poland and Romania have offered": the parties listed with the giver before it, each a giver
   * too.
   */
  private static List<String> coordinatedBefore(Clause c, Parties.Party giver) {
    List<Token> tokens = c.sentence().tokens();
    List<String> others = new ArrayList<>();
    int at = giver.at();
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Mention m : c.mentions()) {
        if (m.to() > at || m.to() < at - 3 || !NameMentionFinder.isCountryLike(m) || !m.party()) {
          continue;
        }
        boolean listed = true;
        for (int k = m.to(); k < at; k++) {
          String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
          listed &= w.equals(",") || w.equals("and") || w.equals("the");
        }
        if (listed && m.to() < at && !others.contains(m.key()) && !m.key().equals(giver.code())) {
          others.add(m.key());
          at = m.from();
          moved = true;
          break;
        }
      }
    }
    return others;
  }

  /**
   * "Vietnam receives technical assistance from Japan", "Kenya was funded by Norway", "Kenya, with
   * support from Japan, ...": the receiver stands before the aid word and the givers after "from"
   * or "by". Returns whether it applied.
   */
  private boolean receivedFrom(
      Clause c, ArticleContext context, List<Token> tokens, int trigger, List<Relation> out) {
    int from = c.segment().from();
    boolean receiving = lexicon.firstIn("aid-receiving", tokens, from, trigger + 1) >= 0;
    int by = -1;
    for (int k = trigger + 1; k < Math.min(c.segment().to(), trigger + 8); k++) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("from") || w.equals("by")) {
        by = k;
        break;
      }
    }
    if (by < 0) {
      return false;
    }
    boolean nounFrom = by == trigger + 1 && !"VERB".equals(tokens.get(trigger).pos());
    // "doses donated by Japan": a participle right before "by" is passive without "was"
    boolean reducedPassive = by == trigger + 1 && tokens.get(by).text().equalsIgnoreCase("by");
    if (!(receiving
        || nounFrom
        || reducedPassive
        || "VERB".equals(tokens.get(trigger).pos()) && isParticiple(tokens, trigger))) {
      return false;
    }
    Parties.Party receiver = null;
    for (Parties.Party party : c.parties().named) {
      if (party.at() < trigger) {
        receiver = party;
      }
    }
    if (receiver == null) {
      return false;
    }
    Partners givers = Partners.after(c.parties(), c.mentions(), tokens, by, c.segment().to());
    for (String giver : givers.named()) {
      if (!giver.equals(receiver.code())) {
        builder.addRelations(
            c, context, RelationKind.AID, giver, receiver.code(), null, trigger, out);
      }
    }
    return true;
  }

  /** "was funded", "were trained": a passive participle after a form of "be". */
  private static boolean isParticiple(List<Token> tokens, int trigger) {
    for (int k = Math.max(0, trigger - 2); k < trigger; k++) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("was")
          || w.equals("were")
          || w.equals("been")
          || w.equals("is")
          || w.equals("are")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "supported Ghana, Mali and Kenya", "support Nigeria's fight": the party is the object of the
   * supporting word (only articles and a list before it) and heads it (no noun after it, unless
   * possessive).
   */
  private static boolean directObject(
      List<Token> tokens, int trigger, int at, List<Mention> mentions) {
    for (int k = trigger + 1; k < at; k++) {
      int index = k;
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      boolean listed =
          w.equals("the")
              || w.equals(",")
              || w.equals("and")
              || mentions.stream()
                  .anyMatch(
                      m -> NameMentionFinder.isCountryLike(m) && m.overlaps(index, index + 1));
      if (!listed) {
        return false;
      }
    }
    Mention party = mentions.stream().filter(m -> m.from() == at).findFirst().orElse(null);
    int after = party == null ? at + 1 : party.to();
    return after >= tokens.size() || !"NOUN".equals(tokens.get(after).pos());
  }

  /**
   * "to Ethiopia", "to Kenya and Rwanda", "for developing countries": a receiver after "to" or
   * "for".
   */
  private static boolean afterTo(List<Token> tokens, int at, List<Mention> mentions) {
    int k = at - 1;
    while (k >= 0) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("to") || w.equals("for")) {
        return true;
      }
      int index = k;
      String pos = tokens.get(k).pos();
      boolean inList =
          w.equals("the")
              || w.equals(",")
              || w.equals("and")
              || w.equals("from")
              || w.equals("in")
              || pos.equals("NOUN")
              || pos.equals("ADJ")
              || pos.equals("NUM")
              || mentions.stream()
                  .anyMatch(
                      m -> NameMentionFinder.isCountryLike(m) && m.overlaps(index, index + 1));
      if (!inList) {
        return false;
      }
      k--;
    }
    return false;
  }

  /**
   * "developing countries" can receive aid; "the world" or "the international community" cannot.
   */
  private boolean namesCountries(Mention unnamed) {
    return java.util.Arrays.stream(unnamed.text().split("\\s+"))
        .anyMatch(w -> lexicon.isWord("partner-noun", w));
  }
}
