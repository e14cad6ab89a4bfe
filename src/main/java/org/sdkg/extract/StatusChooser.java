package org.sdkg.extract;

import java.util.List;
import org.sdkg.nlp.Token;

/**
 * The status of a relation from the cue nearest its trigger in the same clause: "has been
 * suspended", "intends to withdraw", "hopes to", or none (active). A cue that is the trigger itself
 * ("withdraw") wins.
 */
final class StatusChooser {
  private static final String[] SECTIONS = {"ended", "suspended", "proposed"};

  private final Lexicon lexicon;

  StatusChooser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Status choose(List<Token> tokens, List<Mention> mentions, int from, int to, int trigger) {
    Status best = Status.ACTIVE;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      if (insideName(mentions, i)) {
        continue;
      }
      for (String section : SECTIONS) {
        if (lexicon.matchAt(section, tokens, i) == 0) {
          continue;
        }
        int distance = Math.abs(i - trigger);
        if (distance < bestDistance) {
          best = Status.fromCode(section);
          bestDistance = distance;
        }
        break;
      }
    }
    return best;
  }

  /** Cue words inside a name ("Emergency Plan") are part of the name. */
  private static boolean insideName(List<Mention> mentions, int i) {
    return mentions.stream()
        .anyMatch(
            m ->
                (m.type() == MentionType.PROJECT
                        || m.type() == MentionType.ORGANISATION
                        || m.type() == MentionType.PERSON)
                    && m.overlaps(i, i + 1));
  }

  /** Whether a negation ("did not", "refused to") stands in the few words before the trigger. */
  boolean negated(List<Token> tokens, int from, int trigger) {
    return lexicon.firstIn("negation", tokens, Math.max(from, trigger - 5), trigger) >= 0;
  }
}
