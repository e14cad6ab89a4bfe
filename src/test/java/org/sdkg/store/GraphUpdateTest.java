package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GraphWrites#updateGraph}: the merged graph is rewritten by its differences only. */
class GraphUpdateTest {
  private static final Node GRAPH = NodeFactory.createURI("https://example.org/merged");
  private static final Node P = NodeFactory.createURI("https://example.org/p");

  @TempDir Path tmp;

  private static Triple t(String s, Node o) {
    return Triple.create(NodeFactory.createURI("https://example.org/" + s), P, o);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node integer(String lexical) {
    return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDinteger);
  }

  private static Graph graph(Triple... triples) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : triples) {
      g.add(t);
    }
    return g;
  }

  private static Set<String> stored(TdbStore store) {
    return store.read(
        () ->
            store.dataset().getGraph(GRAPH).find().toList().stream()
                .map(Triple::toString)
                .collect(Collectors.toSet()));
  }

  @Test
  void updateGraph_deletesWhatWentAndAddsWhatCame_keepingTheRest() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      store.write(
          () ->
              GraphWrites.updateGraph(
                  store.dataset(), GRAPH, graph(t("a", lit("1")), t("b", lit("2")))));
      assertEquals(Set.of(t("a", lit("1")).toString(), t("b", lit("2")).toString()), stored(store));

      store.write(
          () ->
              GraphWrites.updateGraph(
                  store.dataset(), GRAPH, graph(t("b", lit("2")), t("c", lit("3")))));
      assertEquals(Set.of(t("b", lit("2")).toString(), t("c", lit("3")).toString()), stored(store));
    }
  }

  @Test
  void updateGraph_literalTheStoreKeepsInAnotherForm_isKeptNotLost() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      store.write(
          () -> GraphWrites.updateGraph(store.dataset(), GRAPH, graph(t("a", integer("2")))));
      // TDB2 inlines integers: "02" and "2" are one stored value, read back as "2".
      store.write(
          () -> GraphWrites.updateGraph(store.dataset(), GRAPH, graph(t("a", integer("02")))));
      assertEquals(1L, (long) store.read(() -> store.dataset().getGraph(GRAPH).size()));
      assertTrue(
          store.read(
              () ->
                  store
                      .dataset()
                      .contains(GRAPH, t("a", integer("2")).getSubject(), P, integer("2"))));
    }
  }

  @Test
  void updateGraph_withBlankNodes_keepsOneCopyOfEachTriple() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      Graph withBlank = graph(t("a", NodeFactory.createBlankNode()), t("b", lit("2")));
      store.write(() -> GraphWrites.updateGraph(store.dataset(), GRAPH, withBlank));
      store.write(() -> GraphWrites.updateGraph(store.dataset(), GRAPH, withBlank));
      assertEquals(2L, (long) store.read(() -> store.dataset().getGraph(GRAPH).size()));
    }
  }
}
