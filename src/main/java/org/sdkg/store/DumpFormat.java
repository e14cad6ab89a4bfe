package org.sdkg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The serialisations {@code sdkg dump} writes. Quad formats keep the named graphs; triple formats
 * hold the union of the graphs written. Turtle and TriG use Jena's streaming "blocks" style (one
 * block per subject, prefixes used) rather than the pretty one, which needs the whole graph in
 * memory; JSON-LD and RDF/XML have only whole-graph writers, so they need a heap that holds the
 * dump (see {@link #streams()}).
 */
public enum DumpFormat {
  TTL("ttl", RDFFormat.TURTLE_BLOCKS, false),
  TRIG("trig", RDFFormat.TRIG_BLOCKS, true),
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

  /**
   * Whether Jena writes the format as a stream, in memory bounded whatever the size of the store;
   * the others are built as a whole graph in memory.
   */
  public boolean streams() {
    return StreamRDFWriter.registered(jenaFormat);
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
