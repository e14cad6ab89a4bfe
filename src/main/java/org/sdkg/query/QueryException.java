package org.sdkg.query;

/**
 * Something the user asked of a query that cannot be done: an unknown query name, a bad parameter
 * value, a syntax error, a missing store, an unreachable endpoint, a timeout. The message names the
 * offending thing and the fix; the CLI prints it alone and exits 1.
 */
public class QueryException extends RuntimeException {
  public QueryException(String message) {
    super(message);
  }

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
