package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sdkg.nlp.Token;

/**
 * Cuts a sentence into clauses at quotation marks, semicolons, "despite" and reporting phrases ("he
 * said, adding that"), so a relation only joins countries, topics and cues of one clause.
 */
final class Segmenter {
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "„");
  private static final Set<String> AFTER_REPORTING = Set.of("that", ",", ":", "further");
  private static final Set<String> COORDINATORS =
      Set.of(
          "and",
          "but",
          "while",
          "whereas",
          "after",
          "before",
          "when",
          "because",
          "although",
          "though",
          "since",
          "until",
          "unless");

  /**
   * A clause.
   *
   * @param from first token
   * @param to token after the last
   * @param afterReporting whether a reporting phrase ends the clause before it ("X and Y said [they
   *     will...]")
   */
  record Segment(int from, int to, boolean afterReporting) {
    boolean contains(int i) {
      return i >= from && i < to;
    }
  }

  private final Lexicon lexicon;

  Segmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Segment> split(List<Token> tokens, List<Mention> mentions) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    boolean afterReporting = false;
    int i = 0;
    while (i < tokens.size()) {
      String w = tokens.get(i).text();
      int reporting = lexicon.matchAt("reporting", tokens, i);
      if (QUOTES.contains(w) || w.equals(";") || w.equalsIgnoreCase("despite")) {
        add(segments, start, i, afterReporting);
        afterReporting = false;
        start = ++i;
      } else if (reporting > 0
          && !newSubjectAfter(tokens, mentions, i + reporting)
          && partySpeaks(tokens, mentions, i)) {
        i += reporting;
      } else if (reporting > 0) {
        add(segments, start, i, afterReporting);
        i += reporting;
        while (i < tokens.size()
            && AFTER_REPORTING.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
          i++;
        }
        afterReporting = true;
        start = i;
      } else if (w.equals(",") && startsNewClause(tokens, mentions, i + 1)) {
        add(segments, start, i, afterReporting);
        afterReporting = false;
        start = ++i;
      } else {
        i++;
      }
    }
    add(segments, start, tokens.size(), afterReporting);
    return segments;
  }

  /**
   * Whether the subject of a reporting verb is itself a party ("Brazil and Argentina announced
   * plans to cooperate", "ESA said it had suspended", "USAID on Tuesday announced funding"): then
   * the clause goes on, since the speaker is one of the parties. Adverbs, auxiliaries and a date
   * between subject and verb are skipped, and so is an acronym in brackets after the subject.
   */
  private static boolean partySpeaks(List<Token> tokens, List<Mention> mentions, int verb) {
    if (mentions.stream().noneMatch(m -> m.to() <= verb && speaksForParty(m))) {
      return false; // no subject can qualify, whatever the POS tags before the verb
    }
    int k = verb - 1;
    while (k >= 0) {
      String pos = tokens.get(k).pos();
      if ("AUX".equals(pos) || "ADV".equals(pos) || inDate(mentions, k)) {
        k--;
      } else if (k >= 1 && tokens.get(k).text().equalsIgnoreCase("on") && inDate(mentions, k + 1)) {
        k--;
      } else {
        break;
      }
    }
    if (k >= 2 && tokens.get(k).text().equals(")") && tokens.get(k - 2).text().equals("(")) {
      k -= 3;
    }
    if (k >= 1 && "NOUN".equals(tokens.get(k).pos()) && !tokens.get(k).isCapitalised()) {
      k--; // "Chinese officials said": the country the speakers stand for
    }
    int subjectEnd = k + 1;
    return subjectEnd > 0
        && mentions.stream().anyMatch(m -> m.to() == subjectEnd && speaksForParty(m));
  }

  private static boolean speaksForParty(Mention m) {
    return m.party() && NameMentionFinder.isCountryLike(m) || m.type() == MentionType.ORGANISATION;
  }

  /**
   * "China said Brazil and Japan will...": the reported clause has parties of its own as subject.
   */
  private static boolean newSubjectAfter(List<Token> tokens, List<Mention> mentions, int from) {
    int k = from;
    while (k < tokens.size()
        && (AFTER_REPORTING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
            || tokens.get(k).text().equalsIgnoreCase("the"))) {
      k++;
    }
    int start = k;
    return mentions.stream()
        .anyMatch(m -> m.from() == start && NameMentionFinder.isCountryLike(m) && m.party());
  }

  private static boolean inDate(List<Mention> mentions, int i) {
    return mentions.stream().anyMatch(m -> m.type() == MentionType.DATE && m.overlaps(i, i + 1));
  }

  /**
   * ", and France pledged", ", after NASA withdrew": a coordinated or subordinate clause with a
   * party of its own as subject.
   */
  private static boolean startsNewClause(List<Token> tokens, List<Mention> mentions, int i) {
    if (i >= tokens.size()
        || !COORDINATORS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int subject = i + 1;
    if (subject < tokens.size() && tokens.get(subject).text().equalsIgnoreCase("the")) {
      subject++;
    }
    for (Mention m : mentions) {
      boolean subjectStart = m.from() == subject || m.from() == i + 1;
      if (subjectStart && NameMentionFinder.isCountryLike(m) && m.to() < tokens.size()) {
        String pos = tokens.get(m.to()).pos();
        return "VERB".equals(pos) || "AUX".equals(pos);
      }
    }
    return false;
  }

  private static void add(List<Segment> segments, int from, int to, boolean afterReporting) {
    if (to > from) {
      segments.add(new Segment(from, to, afterReporting));
    }
  }
}
