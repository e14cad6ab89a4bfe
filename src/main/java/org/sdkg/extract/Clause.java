package org.sdkg.extract;

import java.util.List;
import org.sdkg.nlp.Sentence;

/**
 * One clause of a sentence, with what every relation built in it shares: the sentence's mentions,
 * the clause's parties and the sentence's speaker.
 */
record Clause(
    Sentence sentence,
    List<Mention> mentions,
    Segmenter.Segment segment,
    Parties parties,
    String speaker) {

  /** Whether token {@code i} belongs to a project's or an organisation's name. */
  boolean insideName(int i) {
    return mentions.stream()
        .anyMatch(
            m ->
                (m.type() == MentionType.PROJECT || m.type() == MentionType.ORGANISATION)
                    && m.overlaps(i, i + 1)
                    && !jointBody(m));
  }

  /**
   * "the Joint Committee on Science and Technology Cooperation": a body of the parties themselves,
   * so meeting in it is cooperating (its cooperation word counts).
   */
  static boolean jointBody(Mention m) {
    return m.type() == MentionType.ORGANISATION
        && (m.text().startsWith("Joint ") || m.text().contains(" Joint "));
  }
}
