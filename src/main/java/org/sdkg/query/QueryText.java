package org.sdkg.query;

/**
 * A SPARQL query as the user gave it: a library entry, a file or a {@code -e} expression.
 *
 * @param name the library name ({@code partners}), the file name, or {@code -e}
 * @param source how error messages name it: the file path, or {@code -e}
 * @param text the SPARQL text, header comments included (so parser line numbers match the file)
 * @param header title, description and parameters read from the leading comments
 */
public record QueryText(String name, String source, String text, QueryHeader header) {

  /** Reads the header of {@code text}; fails with file and line when the header is malformed. */
  public static QueryText of(String name, String source, String text) {
    return new QueryText(name, source, text, QueryHeader.parse(text, source));
  }
}
