package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowingTransactionTest {
  private static final Node P = NodeFactory.createURI("https://example.org/p");

  @TempDir Path tmp;

  @Test
  void commitDue_onceATransactionHoldsABatchAndAQuarterOfTheStore() {
    assertFalse(GrowingTransaction.commitDue(1023, 0, 1024));
    assertTrue(GrowingTransaction.commitDue(1024, 0, 1024));
    assertTrue(GrowingTransaction.commitDue(1024, 4096, 1024));
    assertFalse(GrowingTransaction.commitDue(1024, 8000, 1024));
    assertFalse(GrowingTransaction.commitDue(1999, 8000, 1024));
    assertTrue(GrowingTransaction.commitDue(2000, 8000, 1024));
    assertTrue(GrowingTransaction.commitDue(32, 36, 32));
  }

  @Test
  void graphsStayInOneTransactionUntilTheStoreHasGrownByAQuarter_andCloseAbandonsTheRest() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      try (GrowingTransaction transaction = new GrowingTransaction(store, 8, 1, Long.MAX_VALUE)) {
        addGraph(transaction, "g1");
        assertEquals(0, transaction.commits(), "1 graph is less than a quarter of 8");
        addGraph(transaction, "g2");
        assertEquals(1, transaction.commits());
        addGraph(transaction, "g3");
        assertEquals(1, transaction.commits(), "the store now holds 10: 3 graphs are due");
      }
      assertEquals(2L, (long) store.read(() -> StoreCounts.quads(store.dataset())));
      assertTrue(store.read(() -> store.dataset().containsGraph(graph("g2"))));
      assertFalse(store.read(() -> store.dataset().containsGraph(graph("g3"))));
    }
  }

  private static void addGraph(GrowingTransaction transaction, String name) {
    transaction.dataset().add(graph(name), NodeFactory.createURI("https://example.org/s"), P, P);
    transaction.wrote(1);
  }

  private static Node graph(String name) {
    return NodeFactory.createURI("https://example.org/" + name);
  }
}
