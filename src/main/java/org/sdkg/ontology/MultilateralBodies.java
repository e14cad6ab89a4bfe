package org.sdkg.ontology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The multilateral bodies sdkg recognises as cooperation partners, read once from the curated
 * resource {@code multilateral.tsv}. Like {@link Countries}, loading fails when a surface form
 * would name two bodies.
 */
public final class MultilateralBodies {
  static final String RESOURCE = "multilateral.tsv";
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private final List<MultilateralBody> all;
  private final Map<String, MultilateralBody> byAcronym = new LinkedHashMap<>();
  private final Map<String, MultilateralBody> surfaceForms = new LinkedHashMap<>();

  private MultilateralBodies(List<MultilateralBody> bodies) {
    this.all = List.copyOf(bodies);
    for (MultilateralBody b : all) {
      putUnique(byAcronym, b.acronym(), b, "acronym");
      for (String form : b.surfaceForms()) {
        putUnique(surfaceForms, form, b, "surface form");
      }
    }
  }

  /** The table shipped with sdkg; read once, shared (it is immutable). */
  public static MultilateralBodies load() {
    return Holder.INSTANCE;
  }

  static MultilateralBodies of(List<MultilateralBody> bodies) {
    return new MultilateralBodies(bodies);
  }

  public Optional<MultilateralBody> byAcronym(String acronym) {
    return Optional.ofNullable(byAcronym.get(acronym));
  }

  /** All bodies in the order of the resource file. */
  public List<MultilateralBody> all() {
    return all;
  }

  /** Every case-sensitive form that names a body in text (acronym, name, aliases) → that body. */
  public Map<String, MultilateralBody> surfaceForms() {
    return Collections.unmodifiableMap(surfaceForms);
  }

  private static void putUnique(
      Map<String, MultilateralBody> map, String key, MultilateralBody b, String what) {
    MultilateralBody previous = map.putIfAbsent(key, b);
    if (previous != null && previous != b) {
      throw new IllegalStateException(
          what
              + " \""
              + key
              + "\" names both "
              + previous.acronym()
              + " and "
              + b.acronym()
              + "; remove it from one of them in "
              + RESOURCE);
    }
  }

  static List<MultilateralBody> fromTable(List<ReferenceTables.Row> rows) {
    List<MultilateralBody> bodies = new ArrayList<>();
    for (ReferenceTables.Row row : rows) {
      if (row.cell(0).isEmpty() || row.cell(2).isEmpty()) {
        throw row.error("acronym and name are required");
      }
      if (!QID.matcher(row.cell(1)).matches()) {
        throw row.error(
            row.cell(0) + ": Wikidata QID must look like Q7817; found \"" + row.cell(1) + "\"");
      }
      bodies.add(new MultilateralBody(row.cell(0), row.cell(2), row.cell(1), row.list(3)));
    }
    return bodies;
  }

  private static final class Holder {
    static final MultilateralBodies INSTANCE =
        new MultilateralBodies(fromTable(ReferenceTables.readResource(RESOURCE)));
  }
}
