package org.sdkg.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/** Graph comparison by isomorphism that prints the missing and the extra triples on failure. */
public final class GraphAssert {
  private GraphAssert() {}

  public static void assertIsomorphic(Graph expected, Graph actual) {
    if (expected.isIsomorphicWith(actual)) {
      return;
    }
    List<String> missing = new ArrayList<>();
    expected.find().forEachRemaining(t -> addIfAbsent(missing, t, actual));
    List<String> extra = new ArrayList<>();
    actual.find().forEachRemaining(t -> addIfAbsent(extra, t, expected));
    fail(report(missing, extra));
  }

  public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
    if (IsoMatcher.isomorphic(expected, actual)) {
      return;
    }
    List<String> missing = new ArrayList<>();
    expected.find().forEachRemaining(q -> addIfAbsent(missing, q, actual));
    List<String> extra = new ArrayList<>();
    actual.find().forEachRemaining(q -> addIfAbsent(extra, q, expected));
    fail(report(missing, extra));
  }

  private static void addIfAbsent(List<String> out, Triple t, Graph other) {
    if (!other.contains(t)) {
      out.add(NodeFmtLib.str(t));
    }
  }

  private static void addIfAbsent(List<String> out, Quad q, DatasetGraph other) {
    if (!other.contains(q)) {
      out.add(NodeFmtLib.str(q));
    }
  }

  private static String report(List<String> missing, List<String> extra) {
    missing.sort(null);
    extra.sort(null);
    return "graphs differ (blank nodes may be listed although only their labels differ)\n"
        + "missing ("
        + missing.size()
        + "):\n  "
        + String.join("\n  ", missing)
        + "\nextra ("
        + extra.size()
        + "):\n  "
        + String.join("\n  ", extra);
  }
}
