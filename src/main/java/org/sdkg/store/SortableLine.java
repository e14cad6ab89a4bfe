package org.sdkg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A quad as one line of text whose string order is the dump's canonical order, and back to a line
 * of N-Triples or N-Quads that RIOT parses. The terms are written in N-Triples form and separated
 * by a space; no term's form is a prefix of another's followed by a character below the space, so
 * comparing whole lines orders them term by term: by subject, predicate, then object.
 */
enum SortableLine {
  /** Triple formats: the N-Triples line, so a triple stored in several graphs sorts together. */
  TRIPLE(Lang.NTRIPLES) {
    @Override
    String of(Quad quad) {
      return NodeFmtLib.strNT(quad.asTriple());
    }

    @Override
    String toRdf(String line) {
      return line;
    }
  },

  /**
   * Quad formats: the graph name first (so each graph's quads sit together), then the N-Triples
   * line. Graph names are IRIs, which have no space, so the first space ends the name.
   */
  QUAD(Lang.NQUADS) {
    @Override
    String of(Quad quad) {
      return NodeFmtLib.strNT(quad.getGraph()) + " " + NodeFmtLib.strNT(quad.asTriple());
    }

    @Override
    String toRdf(String line) {
      int end = line.indexOf(' ');
      // "G S P O ." becomes "S P O G ."
      return line.substring(end + 1, line.length() - 1) + line.substring(0, end) + " .";
    }
  };

  private final Lang lang;

  SortableLine(Lang lang) {
    this.lang = lang;
  }

  /** The sortable line of {@code quad}. */
  abstract String of(Quad quad);

  /** The N-Triples or N-Quads line for a sortable line. */
  abstract String toRdf(String line);

  /** The language {@link #toRdf} writes. */
  Lang lang() {
    return lang;
  }
}
