package org.sdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sdkg.nlp.Token;

/**
 * Who takes part, within one clause: named parties (country codes and body acronyms, in text order)
 * and unnamed ones ("30 countries"). Countries that only place something ("in Washington", "Wuhan,
 * China") are left out.
 */
final class Parties {
  /** A named party and where it stands in the sentence. */
  record Party(String code, int at) {}

  final List<Party> named = new ArrayList<>();
  final List<Mention> unnamed = new ArrayList<>();

  /** Every place a named party stands, also its second and later mentions. */
  final List<Party> occurrences = new ArrayList<>();

  /**
   * Countries of the people named in the clause, who may act for them (officials signing an
   * agreement).
   */
  final List<Party> people = new ArrayList<>();

  static Parties of(
      List<Mention> mentions,
      List<Token> tokens,
      int from,
      int to,
      ArticleContext context,
      Lexicon lexicon) {
    Parties p = new Parties();
    Set<String> seen = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.from() < from || m.to() > to || !m.party()) {
        continue;
      }
      switch (m.type()) {
        case COUNTRY, AGENCY -> {
          if (!isPlace(m, tokens, mentions, lexicon)) {
            p.add(m.key(), m.from(), seen);
          }
        }
        case BODY -> {
          if (!isPlace(m, tokens, mentions, lexicon)) {
            p.add(m.key(), m.from(), seen);
          }
        }
        case ORGANISATION -> {
          Organisation org = context.organisation(m.key());
          if (org != null && org.country() != null) {
            p.add(org.country(), m.from(), seen);
          }
        }
        case PERSON -> {
          Person person = context.person(m.key());
          boolean partner =
              m.from() > 0 && tokens.get(m.from() - 1).text().equalsIgnoreCase("with");
          if (partner && person != null && person.country() != null) {
            p.add(person.country(), m.from(), seen);
          } else if (person != null && person.country() != null) {
            p.people.add(new Party(person.country(), m.from()));
          }
        }
        case PROJECT -> {
          String owner = context.project(m.key()).owner;
          if (owner != null) {
            p.add(owner, m.from(), seen);
          }
        }
        case PAIR_REFERENCE -> p.pairFor(context).forEach(code -> p.add(code, m.from(), seen));
        case UNNAMED -> p.unnamed.add(m);
        default -> {}
      }
    }
    return p;
  }

  /**
   * What "the two countries" means here: the last two countries already named in this clause ("to
   * Argentina and Chile to help the two countries"), else the last pair of the article.
   */
  private List<String> pairFor(ArticleContext context) {
    List<String> here = named.stream().map(Party::code).filter(c -> c.length() == 3).toList();
    if (here.size() >= 2) {
      return here.subList(here.size() - 2, here.size());
    }
    return context.lastPair();
  }

  private void add(String code, int at, Set<String> seen) {
    occurrences.add(new Party(code, at));
    if (seen.add(code)) {
      named.add(new Party(code, at));
    }
  }

  List<String> codes() {
    return named.stream().map(Party::code).toList();
  }

  /** Named parties, then the countries of people who are not already among them. */
  List<String> codesWithPeople() {
    List<String> codes = new ArrayList<>(codes());
    people.stream().map(Party::code).filter(c -> !codes.contains(c)).distinct().forEach(codes::add);
    return codes;
  }

  /** Countries only (no bodies), for "both countries" later. */
  List<String> countryCodes(Gazetteer gazetteer) {
    return codes().stream().filter(gazetteer::isCountry).toList();
  }

  /** The count of the first unnamed-partner phrase that gives one, or {@code null}. */
  Integer unnamedCount() {
    for (Mention m : unnamed) {
      if (!m.key().isEmpty()) {
        return Integer.valueOf(m.key());
      }
    }
    return null;
  }

  /**
   * Whether a role phrase ("Secretary-General", "ambassador") ends just before token {@code end}.
   */
  private static boolean roleEndsAt(List<Token> tokens, int end, Lexicon lexicon) {
    for (int k = Math.max(0, end - 3); k < end; k++) {
      if (k + lexicon.matchAt("role", tokens, k) == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * "at NASA Headquarters", "hosted by NASA": the agency or body that hosts a signing takes part in
   * it.
   */
  static boolean isHost(Mention m, List<Token> tokens) {
    if (m.type() == MentionType.COUNTRY) {
      return false;
    }
    boolean headquarters =
        m.to() < tokens.size() && tokens.get(m.to()).text().equalsIgnoreCase("headquarters");
    boolean hostedBy =
        m.from() >= 2
            && tokens.get(m.from() - 1).text().equalsIgnoreCase("by")
            && tokens.get(m.from() - 2).text().equalsIgnoreCase("hosted");
    return headquarters || hostedBy;
  }

  /**
   * "the invasion of Ukraine", "the war in Sudan", "the Ukraine war", "Russian aggression": the
   * country is what a conflict is about or who wages it, the background of the clause.
   */
  private static boolean aboutConflict(Mention m, List<Token> tokens, int before, Lexicon lexicon) {
    if (before >= 1
        && Set.of("of", "in", "on", "against", "with")
            .contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
      int noun = before - 1;
      if (lexicon.isWord("conflict", tokens.get(noun).text())) {
        return true;
      }
    }
    int after = m.to();
    while (after < tokens.size() && tokens.get(after).text().equals("-")) {
      after++;
    }
    return after < tokens.size() && lexicon.isWord("conflict", tokens.get(after).text());
  }

  /**
   * "in Washington", "at CERN", "Wuhan, China", "Secretary-General of the UN": a place or a title,
   * not a party.
   */
  private static boolean isPlace(
      Mention m, List<Token> tokens, List<Mention> mentions, Lexicon lexicon) {
    int before = m.from() - 1;
    while (before >= 0 && tokens.get(before).text().toLowerCase(Locale.ROOT).equals("the")) {
      before--;
    }
    if (before >= 0
        && lexicon.isWord("location-preposition", tokens.get(before).text())
        && !isHost(m, tokens)) {
      return true;
    }
    if (aboutConflict(m, tokens, before, lexicon)) {
      return true;
    }
    if (before >= 1
        && Set.of("of", "to", "for").contains(tokens.get(before).text().toLowerCase(Locale.ROOT))
        && roleEndsAt(tokens, before, lexicon)) {
      return true;
    }
    boolean possessive =
        m.to() < tokens.size()
            && (tokens.get(m.to()).text().equals("'s") || tokens.get(m.to()).text().equals("’s"));
    if (before >= 1 && tokens.get(before).text().equals(",") && !possessive) {
      Token prev = tokens.get(before - 1);
      int prevIndex = before - 1;
      boolean prevIsEntity =
          mentions.stream().anyMatch(o -> o != m && o.overlaps(prevIndex, prevIndex + 1));
      return prev.isCapitalised() && !prevIsEntity && "PROPN".equals(prev.pos());
    }
    return false;
  }
}
