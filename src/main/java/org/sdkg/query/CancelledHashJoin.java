package org.sdkg.query;

/**
 * Recognises Jena 5.6.0's failure when a query that uses a hash join is cancelled (its timeout)
 * before the join has read anything: closing the join throws a {@link NullPointerException} from
 * {@code AbstractIterHashJoin.closeSubIterator} instead of the usual {@code
 * QueryCancelledException} (apache/jena#3516, fixed in Jena 5.7.0, which needs a newer Java than
 * sdkg's 17 where it is served here). The library queries look entity codes up once in grouped
 * subqueries, which ARQ joins by hashing, so their timeouts meet it. Remove this class once sdkg
 * moves to a Jena with the fix.
 */
public final class CancelledHashJoin {
  private static final String CLASS = "org.apache.jena.sparql.engine.join.AbstractIterHashJoin";

  private CancelledHashJoin() {}

  /** Whether {@code e} is that failure, so the query was in fact cancelled. */
  public static boolean is(Throwable e) {
    if (!(e instanceof NullPointerException)) {
      return false;
    }
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0
        && trace[0].getClassName().equals(CLASS)
        && trace[0].getMethodName().equals("closeSubIterator");
  }
}
