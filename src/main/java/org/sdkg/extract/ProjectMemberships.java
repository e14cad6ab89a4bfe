package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * Countries that join, are members of, or are added to a named project. Collected sentence by
 * sentence; at the end of the article each becomes a {@code project} relation, or an {@code aid}
 * relation from the project's funders when the article describes the project as help given by other
 * countries.
 */
final class ProjectMemberships {
  private record Membership(
      String project,
      String country,
      Status status,
      String date,
      String speaker,
      Evidence evidence) {}

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final StatusChooser statuses;
  private final Segmenter segmenter;
  private final List<Membership> memberships = new ArrayList<>();

  ProjectMemberships(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.statuses = new StatusChooser(lexicon);
    this.segmenter = new Segmenter(lexicon);
  }

  /**
   * Records the memberships and the project facts (counts, topic, funders) one sentence states;
   * returns how many members it named.
   */
  int read(
      Sentence sentence,
      List<Mention> mentions,
      ArticleContext context,
      String speaker,
      List<String> topics) {
    var tokens = sentence.tokens();
    String project = projectOf(sentence, mentions, context);
    if (project == null) {
      project = bodyWithMembers(sentence, mentions, context);
    }
    if (project == null) {
      return 0;
    }
    ArticleContext.ProjectFacts facts = context.project(project);
    if (facts.topic == null) {
      // a known body's or programme's own field first, then what the sentence is about
      String name = project;
      facts.topic =
          gazetteer
              .bodyTopic(name)
              .or(() -> gazetteer.projectTopic(name))
              .or(() -> topics.stream().findFirst())
              .or(context::mostMentionedTopic)
              .orElse(null);
    }
    int cue = lastIn("membership", tokens);
    int aidCue = lexicon.firstIn("aid", tokens, 0, tokens.size());
    Parties parties = Parties.of(mentions, tokens, 0, tokens.size(), context, lexicon);
    List<String> members = namedCountries(mentions, parties, tokens);
    if (cue >= 0 && !members.isEmpty() && !statuses.negated(tokens, 0, cue)) {
      Segmenter.Segment clause = clauseOf(tokens, mentions, cue);
      Status status = statuses.choose(tokens, mentions, clause.from(), clause.to(), cue);
      String date = RelationContext.date(mentions, 0, tokens.size(), cue);
      Evidence evidence = new Evidence(sentence.text(), sentence.start(), sentence.end(), 0.7);
      for (String code : members) {
        memberships.add(new Membership(project, code, status, date, speaker, evidence));
      }
      countsInto(mentions, facts);
      return members.size();
    } else if (aidCue >= 0) {
      for (String giver : parties.countryCodes(gazetteer)) {
        if (!members.contains(giver) && !facts.aidGivers.contains(giver)) {
          facts.aidGivers.add(giver);
        }
      }
    }
    return 0;
  }

  private int lastIn(String section, List<Token> tokens) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (lexicon.matchAt(section, tokens, i) > 0) {
        last = i;
      }
    }
    return last;
  }

  private Segmenter.Segment clauseOf(List<Token> tokens, List<Mention> mentions, int at) {
    for (Segmenter.Segment s : segmenter.split(tokens, mentions)) {
      if (s.contains(at)) {
        return s;
      }
    }
    return new Segmenter.Segment(0, tokens.size(), false);
  }

  /**
   * Parties named as countries (not through an agency or organisation): the candidates for
   * membership.
   */
  private static List<String> namedCountries(
      List<Mention> mentions, Parties parties, List<Token> tokens) {
    List<String> codes = parties.codes();
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean member =
          m.type() == MentionType.COUNTRY
              || m.type() == MentionType.BODY && listedWithCountry(m, mentions, tokens);
      if (member && m.party() && codes.contains(m.key()) && !out.contains(m.key())) {
        out.add(m.key());
      }
    }
    return out;
  }

  /** "the European Union, China, India": a body in one list with countries is a member too. */
  private static boolean listedWithCountry(
      Mention body, List<Mention> mentions, List<Token> tokens) {
    for (Mention c : mentions) {
      if (c.type() != MentionType.COUNTRY) {
        continue;
      }
      int gapFrom = c.to() <= body.from() ? c.to() : body.to();
      int gapTo = c.to() <= body.from() ? body.from() : c.from();
      if (gapTo < gapFrom || gapTo - gapFrom > 3) {
        continue;
      }
      boolean listed = gapTo > gapFrom;
      for (int k = gapFrom; k < gapTo; k++) {
        String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
        listed &= w.equals(",") || w.equals("and") || w.equals("the");
      }
      if (listed) {
        return true;
      }
    }
    return false;
  }

  /** The relations of all memberships read, once the whole article is known. */
  List<Relation> relations(ArticleContext context) {
    List<Relation> out = new ArrayList<>();
    for (Membership m : memberships) {
      ArticleContext.ProjectFacts facts = context.project(m.project());
      String topic = facts.topic == null ? "other" : facts.topic;
      List<String> givers =
          facts.aidGivers.stream().filter(g -> !memberOf(m.project(), g)).toList();
      if (givers.isEmpty()) {
        out.add(
            new Relation(
                RelationKind.PROJECT,
                m.country(),
                Relation.UNNAMED,
                m.status(),
                topic,
                m.project(),
                m.date(),
                facts.participantCount,
                facts.projectCount,
                m.speaker(),
                m.evidence()));
      } else {
        for (String giver : givers) {
          out.add(
              new Relation(
                  RelationKind.AID,
                  giver,
                  m.country(),
                  m.status(),
                  topic,
                  m.project(),
                  m.date(),
                  null,
                  null,
                  m.speaker(),
                  m.evidence()));
        }
      }
    }
    return out;
  }

  private boolean memberOf(String project, String country) {
    return memberships.stream()
        .anyMatch(m -> m.project().equals(project) && m.country().equals(country));
  }

  private String projectOf(Sentence sentence, List<Mention> mentions, ArticleContext context) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.PROJECT && !isAgreement(m.text())) {
        return m.key();
      }
    }
    var tokens = sentence.tokens();
    boolean refers =
        lexicon.firstIn("project-reference", tokens, 0, tokens.size()) >= 0
            || describesMainProject(tokens);
    ArticleContext.ProjectFacts main = context.mainProject();
    if ((refers || joinsWithoutObject(tokens)) && main != null && !isAgreement(main.name)) {
      return main.name;
    }
    return null;
  }

  /**
   * "Switzerland joined in 2022", "India became a member in 2005", "have expressed interest in
   * joining.": a membership word with nothing joined after it means the article's own project.
   */
  private boolean joinsWithoutObject(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      int length = lexicon.matchAt("membership", tokens, i);
      if (length == 0) {
        continue;
      }
      int next = i + length;
      if (next >= tokens.size()) {
        return true;
      }
      Token t = tokens.get(next);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean noObject =
          Set.of("PUNCT", "ADV", "CCONJ", "AUX").contains(t.pos())
              || "ADP".equals(t.pos()) && !Set.of("from", "to", "with", "by", "of").contains(w)
              || Set.of("are", "include").contains(w);
      if (noObject) {
        return true;
      }
    }
    return false;
  }

  /**
   * "It has 23 member states: Austria, Belgium, ...": an organisation with a list of member
   * countries is a project of its members (as SESAME or ITER are). Only a list counts, so "the
   * influence of WHO member states" next to one country does not.
   */
  private String bodyWithMembers(
      Sentence sentence, List<Mention> mentions, ArticleContext context) {
    var tokens = sentence.tokens();
    boolean joining = false;
    for (int i = 0; i < tokens.size(); i++) {
      joining |=
          lexicon.matchAt("membership", tokens, i) > 0 && lexicon.matchAt("ended", tokens, i) == 0;
    }
    if (!joining) {
      return null; // leaving a body ("withdraw from the WHO") is ended cooperation with it
    }
    Parties parties = Parties.of(mentions, tokens, 0, tokens.size(), context, lexicon);
    if (namedCountries(mentions, parties, tokens).size() < 2) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.BODY) {
        return m.key();
      }
    }
    boolean it = !tokens.isEmpty() && tokens.get(0).text().equals("It");
    boolean refers = lexicon.firstIn("body-reference", tokens, 0, tokens.size()) >= 0;
    return it || refers ? context.lastBody() : null;
  }

  /**
   * "It is a multinational collaborative project ...": a sentence that goes on describing the main
   * project.
   */
  private boolean describesMainProject(List<Token> tokens) {
    if (tokens.size() < 4
        || !tokens.get(0).text().equals("It")
        || !tokens.get(1).text().equals("is")) {
      return false;
    }
    for (int k = 2; k < Math.min(tokens.size(), 8); k++) {
      if (lexicon.isWord("project-head", tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean isAgreement(String name) {
    return lexicon.namesAgreement(name);
  }

  private static void countsInto(List<Mention> mentions, ArticleContext.ProjectFacts facts) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.PROJECT_COUNT && facts.projectCount == null) {
        facts.projectCount = Integer.valueOf(m.key());
      }
      if (m.type() == MentionType.UNNAMED && !m.key().isEmpty() && facts.participantCount == null) {
        facts.participantCount = Integer.valueOf(m.key());
      }
    }
  }
}
