package org.sdkg.extract;

import java.util.List;

/**
 * One row of a gold (or extracted) relation file.
 *
 * @param line 1-based line in its file, 0 for extracted rows
 */
public record GoldRow(
    String file,
    String a,
    String b,
    String relation,
    String status,
    String topic,
    String project,
    String date,
    String evidence,
    int line) {

  /** (file, pair, relation): pairs unordered except for aid, where the giver comes first. */
  public List<String> pairKey() {
    boolean ordered = relation.equals("aid") || a.compareTo(b) <= 0 || b.equals(Relation.UNNAMED);
    return ordered ? List.of(file, a, b, relation) : List.of(file, b, a, relation);
  }

  /** The pair key plus the topic. */
  public List<String> strictKey() {
    List<String> k = new java.util.ArrayList<>(pairKey());
    k.add(topic);
    return List.copyOf(k);
  }

  public static GoldRow of(String file, Relation r) {
    List<String> c = RelationTsv.cells(file, r);
    return new GoldRow(
        c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8),
        0);
  }
}
