package org.sdkg.generate;

import org.sdkg.ontology.Country;

/** How generated text writes a country: its name as news would, and its adjective. */
final class CountryWords {
  private CountryWords() {}

  /**
   * The name with its article when news uses one ("the United States"), else the name, unless it is
   * a JDK display form no newspaper uses ("Congo - Kinshasa", "Myanmar (Burma)"); then the first
   * alias, when there is one.
   */
  static String name(Country c) {
    String name = c.name();
    if (c.aliases().contains("the " + name)) {
      return "the " + name;
    }
    boolean bookish = name.contains(" - ") || name.contains("(") || name.contains("&");
    return bookish && !c.aliases().isEmpty() ? c.aliases().get(0) : name;
  }

  /** The first demonym ("Kenyan"), or the name when the country has none. */
  static String adjective(Country c) {
    return c.demonyms().isEmpty() ? name(c) : c.demonyms().get(0);
  }
}
