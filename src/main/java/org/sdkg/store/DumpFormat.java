package org.sdkg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/**
 * The serialisations {@code sdkg dump} writes. Quad formats keep the named graphs; triple formats
 * hold the union of the graphs written.
 */
public enum DumpFormat {
  TTL("ttl", RDFFormat.TURTLE_PRETTY, false),
  TRIG("trig", RDFFormat.TRIG_PRETTY, true),
  NQ("nq", RDFFormat.NQUADS_UTF8, true),
  NT("nt", RDFFormat.NTRIPLES_UTF8, false),
  JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, true),
  RDFXML("rdf", RDFFormat.RDFXML_PLAIN, false);

  private final String extension;
  private final RDFFormat jenaFormat;
  private final boolean quads;

  DumpFormat(String extension, RDFFormat jenaFormat, boolean quads) {
    this.extension = extension;
    this.jenaFormat = jenaFormat;
    this.quads = quads;
  }

  /** The name used on the command line ({@code ttl}, {@code rdfxml}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** File extension without the dot. */
  public String extension() {
    return extension;
  }

  RDFFormat jenaFormat() {
    return jenaFormat;
  }

  /** Whether the format keeps named graphs (TriG, N-Quads, JSON-LD). */
  public boolean keepsGraphs() {
    return quads;
  }

  public static DumpFormat fromCode(String code) {
    for (DumpFormat f : values()) {
      if (f.code().equalsIgnoreCase(code)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format \"" + code + "\"; use one of " + codes());
  }

  public static String codes() {
    return Arrays.stream(values()).map(DumpFormat::code).collect(Collectors.joining(", "));
  }
}
