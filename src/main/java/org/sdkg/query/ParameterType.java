package org.sdkg.query;

import java.util.Locale;

/**
 * What a query parameter holds, which decides how a value given on the command line is checked and
 * which RDF term it becomes. Codes (countries, topics) are bound as plain string literals that the
 * queries match against {@code sd:alpha3} and {@code skos:notation}, so a query file never has to
 * know how IRIs are minted.
 */
public enum ParameterType {
  /** An ISO 3166-1 alpha-3 code known to {@code Countries}; bound as a string ("CHN"). */
  COUNTRY,
  /** A topic notation of {@code ontology/topics.ttl}; bound as a string ("climate"). */
  TOPIC,
  /** Any text; bound as a string literal. */
  TEXT,
  /** A whole number; bound as an {@code xsd:integer}. */
  INTEGER,
  /** A day, {@code YYYY-MM-DD}; bound as an {@code xsd:date}. */
  DATE,
  /** One of the words listed in the header ({@code year|month}); bound as a string. */
  CHOICE;

  /** The word for this type in a query header ({@code country}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
