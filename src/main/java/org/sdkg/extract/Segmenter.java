package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sdkg.nlp.Token;

/**
 * Cuts a sentence into clauses at quotation marks, semicolons and reporting phrases ("he said,
 * adding that"), so a relation only joins countries, topics and cues of one clause.
 */
final class Segmenter {
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "„");
  private static final Set<String> AFTER_REPORTING = Set.of("that", ",", ":", "further");

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

  List<Segment> split(List<Token> tokens) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    boolean afterReporting = false;
    int i = 0;
    while (i < tokens.size()) {
      String w = tokens.get(i).text();
      int reporting = lexicon.matchAt("reporting", tokens, i);
      if (QUOTES.contains(w) || w.equals(";")) {
        add(segments, start, i, afterReporting);
        afterReporting = false;
        start = ++i;
      } else if (reporting > 0) {
        add(segments, start, i, afterReporting);
        i += reporting;
        while (i < tokens.size()
            && AFTER_REPORTING.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
          i++;
        }
        afterReporting = true;
        start = i;
      } else {
        i++;
      }
    }
    add(segments, start, tokens.size(), afterReporting);
    return segments;
  }

  private static void add(List<Segment> segments, int from, int to, boolean afterReporting) {
    if (to > from) {
      segments.add(new Segment(from, to, afterReporting));
    }
  }
}
