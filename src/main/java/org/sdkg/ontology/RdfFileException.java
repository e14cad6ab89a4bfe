package org.sdkg.ontology;

/** An RDF file that cannot be read; the message is {@code FILE:LINE:COL: what the parser said}. */
public final class RdfFileException extends Exception {
  public RdfFileException(String message) {
    super(message);
  }
}
