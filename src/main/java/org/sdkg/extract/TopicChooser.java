package org.sdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the topic(s) of a relation from the topic labels of its clause: the most frequent wins,
 * "research" counts half (it is what every science topic also is), and a narrower topic absorbs its
 * broader one (vaccines over public health). Ties give several topics ("the pandemic and climate
 * change").
 */
final class TopicChooser {
  static final String RESEARCH = "research";

  private final Gazetteer gazetteer;

  TopicChooser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Topic words in a role or an organisation's name ("Minister of Education") say nothing of the
   * relation, except in the name of the parties' joint body ("Joint Committee on Health").
   */
  private static boolean insideTitle(List<Mention> mentions, Mention topic) {
    return mentions.stream()
        .anyMatch(
            m ->
                (m.type() == MentionType.ROLE
                        || m.type() == MentionType.ORGANISATION && !Clause.jointBody(m))
                    && m.overlaps(topic.from(), topic.to()));
  }

  /** The best topics among the topic mentions in {@code [from, to)}; empty when there are none. */
  List<String> choose(List<Mention> mentions, int from, int to) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.TOPIC
          && m.from() >= from
          && m.to() <= to
          && !insideTitle(mentions, m)) {
        scores.merge(m.key(), m.key().equals(RESEARCH) ? 0.5 : 1.0, Double::sum);
      }
    }
    for (String notation : List.copyOf(scores.keySet())) {
      String broader = gazetteer.broader(notation);
      if (broader != null && scores.containsKey(broader)) {
        scores.merge(notation, scores.remove(broader), Double::sum);
      }
    }
    double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<String> chosen = new ArrayList<>();
    scores.forEach(
        (notation, score) -> {
          if (score == best) {
            chosen.add(notation);
          }
        });
    return chosen;
  }
}
