package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CancelledHashJoinTest {
  private static NullPointerException thrownAt(String className, String method) {
    NullPointerException e = new NullPointerException("this.hashTable is null");
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(className, method, "X.java", 243),
          new StackTraceElement("org.sdkg.query.Tdb2Target", "run", "Tdb2Target.java", 71)
        });
    return e;
  }

  @Test
  void is_theNullPointerOfClosingAnUnusedHashJoin_only() {
    String join = "org.apache.jena.sparql.engine.join.AbstractIterHashJoin";
    assertTrue(CancelledHashJoin.is(thrownAt(join, "closeSubIterator")));
    assertFalse(CancelledHashJoin.is(thrownAt(join, "moveToNextBinding")));
    assertFalse(CancelledHashJoin.is(thrownAt("org.sdkg.query.QueryResult", "collect")));
    assertFalse(CancelledHashJoin.is(new NullPointerException()));
    IllegalStateException other = new IllegalStateException();
    other.setStackTrace(thrownAt(join, "closeSubIterator").getStackTrace());
    assertFalse(CancelledHashJoin.is(other));
  }
}
