package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sdkg.nlp.Token;

/**
 * The partners of a cooperation word that takes "with" or "between" ("cooperation with Comoros",
 * "partnered with 30 countries", "a partnership between X and Y"): the parties in the noun phrase
 * after it. The agent is the party nearest before the cooperation word.
 */
final class Partners {
  private static final Set<String> PHRASE_WORDS =
      Set.of(
          ",",
          "and",
          "&",
          "the",
          "its",
          "their",
          "'s",
          "’s",
          "other",
          "both",
          "a",
          "an",
          // "more than 30 countries", "over 115 countries", "nearly 40 nations"
          "than",
          "over",
          "nearly",
          "almost",
          "about",
          "around",
          "roughly");
  private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");
  private static final Set<String> TRIGGER_GAP_TAGS = Set.of("ADV", "PRON", "PART");

  private final List<String> named = new ArrayList<>();
  private final List<Mention> unnamed = new ArrayList<>();
  private final boolean between;

  private Partners(boolean between) {
    this.between = between;
  }

  /** Index of "with" or "between" within a few words after the trigger, or -1. */
  static int withAfter(List<Token> tokens, int trigger, int to) {
    return withAfter(tokens, trigger, to, false);
  }

  /**
   * As above; for withdrawing words ("withdraw from the WHO") "from" also names the partner, and so
   * does a direct object ("left UNESCO"): then the trigger itself is returned.
   */
  static int withAfter(List<Token> tokens, int trigger, int to, boolean withdrawing) {
    int object = trigger + 1;
    if (object < to && tokens.get(object).text().equalsIgnoreCase("the")) {
      object++;
    }
    if (withdrawing && object < to && "PROPN".equals(tokens.get(object).pos())) {
      return trigger;
    }
    if (!prepositionAhead(tokens, trigger, to, withdrawing)) {
      return -1; // what the loop below would find, but without reading POS tags
    }
    for (int k = trigger + 1; k < Math.min(to, trigger + 5); k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("with") || w.equals("between") || w.equals("among")) {
        return k;
      }
      if (w.equals("from") && withdrawing) {
        return k;
      }
      if (!(PHRASE_TAGS.contains(tokens.get(k).pos())
          || TRIGGER_GAP_TAGS.contains(tokens.get(k).pos()))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether "with", "between", "among" (or "from" after withdrawing) follows within four words. */
  private static boolean prepositionAhead(
      List<Token> tokens, int trigger, int to, boolean withdrawing) {
    for (int k = trigger + 1; k < Math.min(to, trigger + 5); k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("with") || w.equals("between") || w.equals("among")) {
        return true;
      }
      if (w.equals("from") && withdrawing) {
        return true;
      }
    }
    return false;
  }

  /** The parties of the noun phrase after the "with" at {@code with}. */
  static Partners after(
      Parties parties, List<Mention> mentions, List<Token> tokens, int with, int to) {
    String preposition = tokens.get(with).text().toLowerCase(Locale.ROOT);
    Partners p = new Partners(preposition.equals("between") || preposition.equals("among"));
    int end = phraseEnd(mentions, tokens, with + 1, to);
    for (Parties.Party party : parties.occurrences) {
      if (party.at() > with && party.at() < end && !p.named.contains(party.code())) {
        p.named.add(party.code());
      }
    }
    for (Mention m : parties.unnamed) {
      if (m.from() > with && m.from() < end) {
        p.unnamed.add(m);
      }
    }
    return p;
  }

  private static int phraseEnd(List<Mention> mentions, List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to) {
      int at = k;
      Mention inside =
          mentions.stream()
              .filter(m -> m.type() != MentionType.TOPIC && m.from() <= at && m.to() > at)
              .findFirst()
              .orElse(null);
      if (inside != null) {
        k = Math.max(k + 1, inside.to());
        continue;
      }
      Token t = tokens.get(k);
      if (!PHRASE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
          && !PHRASE_TAGS.contains(t.pos())) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The named party nearest before the trigger that is not itself a partner, or {@code null}. */
  String agentBefore(Parties parties, int trigger) {
    String agent = null;
    for (Parties.Party party : parties.named) {
      if (party.at() < trigger && !named.contains(party.code())) {
        agent = party.code();
      }
    }
    return agent;
  }

  boolean between() {
    return between;
  }

  List<String> named() {
    return named;
  }

  boolean hasUnnamed() {
    return !unnamed.isEmpty();
  }

  Integer unnamedCount() {
    for (Mention m : unnamed) {
      if (!m.key().isEmpty()) {
        return Integer.valueOf(m.key());
      }
    }
    return null;
  }
}
