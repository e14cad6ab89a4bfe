package org.sdkg.ontology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every ISO 3166-1 country, plus the historical states news still mention (the Soviet Union).
 *
 * <p>Codes and English names come from the JDK's ISO tables, so nobody types them by hand; the
 * curated resource {@code countries.tsv} adds what the JDK lacks: the Wikidata QID, aliases and
 * demonyms. Loading fails if a JDK country has no curated row or if one surface form would name two
 * countries, so the table cannot silently drift.
 */
public final class Countries {
  static final String RESOURCE = "countries.tsv";
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  private final List<Country> all;
  private final Map<String, Country> byAlpha3 = new TreeMap<>();
  private final Map<String, Country> byAlpha2 = new TreeMap<>();
  private final Map<String, Country> surfaceForms = new LinkedHashMap<>();

  private Countries(List<Country> countries) {
    this.all = List.copyOf(countries);
    for (Country c : all) {
      putUnique(byAlpha3, c.alpha3(), c, "alpha-3 code");
      putUnique(byAlpha2, c.alpha2(), c, "alpha-2 code");
      for (String form : c.surfaceForms()) {
        putUnique(surfaceForms, form, c, "surface form");
      }
    }
    for (Country c : all) {
      for (String form : officialForms(c)) {
        surfaceForms.putIfAbsent(form, c);
      }
    }
  }

  /**
   * "the Republic of Belarus", "the Kingdom of Spain": official long forms that news and
   * communiqués use, made from the short name so no row has to list them. Curated forms win;
   * "Republic of China" names Taiwan, not the People's Republic, so China gets none.
   */
  private static List<String> officialForms(Country c) {
    if (c.alpha3().equals("CHN")) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    for (String head : List.of("Republic of ", "Kingdom of ", "State of ")) {
      forms.add(head + c.name());
      forms.add("the " + head + c.name());
    }
    return forms;
  }

  /** The table shipped with sdkg; read once, shared (it is immutable). */
  public static Countries load() {
    return Holder.INSTANCE;
  }

  /** A table of exactly these countries; fails when a code or surface form names two of them. */
  static Countries of(List<Country> countries) {
    return new Countries(countries);
  }

  public Optional<Country> byAlpha3(String alpha3) {
    return Optional.ofNullable(byAlpha3.get(alpha3));
  }

  public Optional<Country> byAlpha2(String alpha2) {
    return Optional.ofNullable(byAlpha2.get(alpha2));
  }

  /** All countries, ordered by alpha-3 code. */
  public List<Country> all() {
    return all;
  }

  /**
   * Every case-sensitive form that names a country in text (name, aliases, demonyms) mapped to that
   * country. Possessives ("China's") are the extractor's business and are not listed.
   */
  public Map<String, Country> surfaceForms() {
    return Collections.unmodifiableMap(surfaceForms);
  }

  private static void putUnique(Map<String, Country> map, String key, Country c, String what) {
    Country previous = map.putIfAbsent(key, c);
    if (previous != null && !previous.alpha3().equals(c.alpha3())) {
      throw new IllegalStateException(
          what
              + " \""
              + key
              + "\" names both "
              + previous.alpha3()
              + " and "
              + c.alpha3()
              + "; remove it from one of them in "
              + RESOURCE);
    }
  }

  /** Joins the JDK's ISO list with the curated rows. */
  static List<Country> fromTable(List<ReferenceTables.Row> rows) {
    Map<String, ReferenceTables.Row> curated = new TreeMap<>();
    for (ReferenceTables.Row row : rows) {
      String alpha3 = row.cell(0);
      if (!ALPHA3.matcher(alpha3).matches()) {
        throw row.error("alpha-3 code must be three capital letters; found \"" + alpha3 + "\"");
      }
      if (!QID.matcher(row.cell(1)).matches()) {
        throw row.error(
            alpha3 + ": Wikidata QID must look like Q148; found \"" + row.cell(1) + "\"");
      }
      if (curated.put(alpha3, row) != null) {
        throw row.error(alpha3 + " is listed twice");
      }
    }
    List<Country> countries = new ArrayList<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      String alpha3 = locale.getISO3Country();
      ReferenceTables.Row row = curated.remove(alpha3);
      if (row == null) {
        throw new IllegalStateException(
            "ISO country "
                + alpha3
                + " has no row in "
                + RESOURCE
                + "; add its Wikidata QID there");
      }
      countries.add(country(alpha2, alpha3, locale.getDisplayCountry(Locale.ENGLISH), row));
    }
    Set<String> jdkAlpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    for (ReferenceTables.Row row : curated.values()) {
      // Codes the JDK does not know (ISO 3166-3 historical states) must bring their own name.
      if (jdkAlpha3.contains(row.cell(0)) || row.cell(4).isEmpty() || row.cell(5).isEmpty()) {
        throw row.error(
            row.cell(0)
                + " is not an ISO 3166-1 code; give its alpha-2 code and name in columns 5-6");
      }
      countries.add(country(row.cell(4), row.cell(0), row.cell(5), row));
    }
    countries.sort(java.util.Comparator.comparing(Country::alpha3));
    return countries;
  }

  private static Country country(
      String alpha2, String alpha3, String name, ReferenceTables.Row row) {
    return new Country(alpha2, alpha3, name, row.cell(1), row.list(2), row.list(3));
  }

  private static final class Holder {
    static final Countries INSTANCE =
        new Countries(fromTable(ReferenceTables.readResource(RESOURCE)));
  }
}
