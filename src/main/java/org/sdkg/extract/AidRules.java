package org.sdkg.extract;

import java.util.List;
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
    int trigger = help >= 0 ? help : transfer;
    if (trigger < 0 || statuses.negated(tokens, from, trigger)) {
      return;
    }
    boolean needsTo = trigger == transfer;
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
      if (party.at() > trigger
          && !party.code().equals(giver.code())
          && (!needsTo || afterTo(tokens, party.at(), c.mentions()))) {
        builder.addRelations(
            c, context, RelationKind.AID, giver.code(), party.code(), null, trigger, out);
        receiverFound = true;
      }
    }
    if (!receiverFound
        && c.parties().unnamed.stream()
            .anyMatch(
                m ->
                    m.from() > trigger
                        && namesCountries(m)
                        && (!needsTo || afterTo(tokens, m.from(), c.mentions())))) {
      builder.addRelations(
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
