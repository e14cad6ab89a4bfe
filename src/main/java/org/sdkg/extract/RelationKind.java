package org.sdkg.extract;

import java.util.Locale;

/** What kind of science-diplomacy relation a {@link Relation} is. */
public enum RelationKind {
  /** Working together on something. */
  COOPERATION,
  /** An agreement, accord, MoU or treaty signed, renewed or joined. */
  AGREEMENT,
  /** A country takes part in a named project, facility, initiative or programme. */
  PROJECT,
  /** One-directional help: donations, funding, training, technical assistance. */
  AID;

  /** The lower-case code used in the gold files and the ontology ({@code cooperation}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RelationKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
