package org.sdkg.extract;

import java.util.List;

/**
 * Finds what a relation carries from around its trigger: the nearest project or date of its clause.
 */
final class RelationContext {
  private RelationContext() {}

  /**
   * Key of the mention of {@code type} in {@code [from, to)} nearest to {@code trigger}, or {@code
   * null}.
   */
  static String nearest(List<Mention> mentions, MentionType type, int from, int to, int trigger) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.type() == type
          && m.from() >= from
          && m.to() <= to
          && (best == null || distance(m, trigger) < distance(best, trigger))) {
        best = m;
      }
    }
    return best == null ? null : best.key();
  }

  /** As {@link #nearest}, but only a mention at most {@code reach} words away from the trigger. */
  static String nearestWithin(
      List<Mention> mentions, MentionType type, int from, int to, int trigger, int reach) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.type() == type
          && m.from() >= from
          && m.to() <= to
          && distance(m, trigger) <= reach
          && (best == null || distance(m, trigger) < distance(best, trigger))) {
        best = m;
      }
    }
    return best == null ? null : best.key();
  }

  /** The date of the clause nearest the trigger, else the first date of the sentence. */
  static String date(List<Mention> mentions, int from, int to, int trigger) {
    String inClause = nearest(mentions, MentionType.DATE, from, to, trigger);
    if (inClause != null) {
      return inClause;
    }
    return nearest(mentions, MentionType.DATE, 0, Integer.MAX_VALUE, trigger);
  }

  private static int distance(Mention m, int trigger) {
    if (trigger < m.from()) {
      return m.from() - trigger;
    }
    return trigger >= m.to() ? trigger - m.to() + 1 : 0;
  }
}
