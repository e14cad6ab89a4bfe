package org.sdkg.query;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A SPARQL endpoint over HTTP, such as a Fuseki dataset's {@code /sparql}. Parameters are
 * substituted into the parsed query before it is sent ({@link ParameterBinder#substitute}). What
 * the default graph holds is the server's choice: Fuseki serves a TDB2 store's union of named
 * graphs only when its dataset sets {@code tdb2:unionDefaultGraph true}.
 */
public final class HttpEndpointTarget implements SparqlTarget {
  private final String url;

  private HttpEndpointTarget(String url) {
    this.url = url;
  }

  /** The endpoint at {@code url}; fails when it is not an absolute http(s) URL. */
  public static HttpEndpointTarget of(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new QueryException("--endpoint " + url + " is not a URL; " + example());
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new QueryException("--endpoint " + url + " is not an http(s) URL; " + example());
    }
    return new HttpEndpointTarget(url);
  }

  @Override
  public QueryResult run(Query query, Binding parameters, Duration timeout) {
    try (QueryExec exec =
        QueryExecHTTP.service(url)
            .query(ParameterBinder.substitute(query, parameters))
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      return QueryResult.collect(exec);
    } catch (QueryCancelledException e) {
      throw QueryRunner.timedOut(timeout, e);
    } catch (HttpException e) {
      throw failure(e, e.getStatusCode(), e.getStatusLine(), timeout);
    } catch (QueryExceptionHTTP e) {
      throw failure(e, e.getStatusCode(), e.getStatusLine(), timeout);
    }
  }

  private QueryException failure(
      RuntimeException e, int status, String statusLine, Duration timeout) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return QueryRunner.timedOut(timeout, e);
      }
      if (t instanceof ConnectException) {
        return new QueryException(
            "cannot connect to " + url + "; is the server running? (" + example() + ")", e);
      }
    }
    if (status > 0) {
      return new QueryException(
          url
              + " answered "
              + (statusLine == null ? status : status + " " + statusLine)
              + "; check the URL names the query endpoint ("
              + example()
              + ")",
          e);
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new QueryException("querying " + url + " failed: " + root, e);
  }

  private static String example() {
    return "e.g. --endpoint http://localhost:3030/sdkg/sparql";
  }

  @Override
  public String describe() {
    return url;
  }

  @Override
  public void close() {}
}
