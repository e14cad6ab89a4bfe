package org.sdkg.extract;

import java.util.List;

/**
 * The gold-file row format: {@code file a b relation status topic project date evidence},
 * tab-separated, one row per relation, as {@code ../shared/dev/README.md} defines it.
 */
public final class RelationTsv {
  public static final List<String> HEADER =
      List.of("file", "a", "b", "relation", "status", "topic", "project", "date", "evidence");

  private RelationTsv() {}

  /** The cells of one relation's row. */
  public static List<String> cells(String file, Relation r) {
    return List.of(
        file,
        r.a(),
        r.b(),
        r.kind().code(),
        r.status().code(),
        r.topic(),
        nullToEmpty(r.project()),
        nullToEmpty(r.date()),
        r.evidence().text());
  }

  /** One TSV line (tabs and line breaks inside cells become spaces). */
  public static String line(List<String> cells) {
    return String.join("\t", cells.stream().map(RelationTsv::clean).toList());
  }

  private static String clean(String cell) {
    return cell.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
