package org.sdkg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Why a request to a remote SPARQL server failed, in words that say what to do about it.
 *
 * @param kind decides whether to retry and whether the remaining graphs can still be sent
 * @param message one line naming the URL, the HTTP status and the fix
 */
public record RemoteFailure(Kind kind, String message) {

  /** The failure classes {@code load} treats differently. */
  public enum Kind {
    /** Host down, connection refused or reset, timeout, HTTP 502/503/504: retried with backoff. */
    TRANSIENT(true, false),
    /** The host name does not resolve: no retry, nothing else can be sent. */
    UNKNOWN_HOST(false, true),
    /** HTTP 401/403: no retry; every other graph would be refused too. */
    AUTH(false, true),
    /** HTTP 404 for the dataset. */
    NO_DATASET(false, true),
    /** HTTP 405: the dataset does not accept writes. */
    READ_ONLY(false, true),
    /** The server answered, but not as a SPARQL endpoint. */
    NOT_SPARQL(false, true),
    /** Anything else (HTTP 400 for bad data, 413, 500): this graph failed, the next may work. */
    GRAPH(false, false);

    private final boolean retry;
    private final boolean stopsLoad;

    Kind(boolean retry, boolean stopsLoad) {
      this.retry = retry;
      this.stopsLoad = stopsLoad;
    }

    public boolean retry() {
      return retry;
    }

    public boolean stopsLoad() {
      return stopsLoad;
    }
  }

  /**
   * Classifies {@code error} raised by a request to {@code url}.
   *
   * @param user the user the request authenticated as, or {@code null} for none
   */
  public static RemoteFailure of(Throwable error, String url, String user) {
    if (error instanceof HttpException http && http.getStatusCode() > 0) {
      return ofStatus(http.getStatusCode(), bodyLine(http.getResponse()), url, user);
    }
    if (error instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
      return ofStatus(http.getStatusCode(), bodyLine(http.getResponse()), url, user);
    }
    if (causedBy(error, UnknownHostException.class)
        || causedBy(error, UnresolvedAddressException.class)) {
      return new RemoteFailure(
          Kind.UNKNOWN_HOST, url + ": unknown host; check the host name in --endpoint");
    }
    if (causedBy(error, ConnectException.class)) {
      return new RemoteFailure(
          Kind.TRANSIENT,
          url
              + ": cannot connect (connection refused); check that the server is running and the"
              + " host and port in --endpoint");
    }
    if (causedBy(error, HttpConnectTimeoutException.class)
        || causedBy(error, HttpTimeoutException.class)) {
      return new RemoteFailure(
          Kind.TRANSIENT, url + ": no answer in time; check the host and port in --endpoint");
    }
    if (causedBy(error, IOException.class)) {
      return new RemoteFailure(
          Kind.TRANSIENT, url + ": connection failed (" + describe(rootCause(error)) + ")");
    }
    return new RemoteFailure(
        Kind.NOT_SPARQL,
        url
            + ": the answer is not SPARQL ("
            + describe(error)
            + "); --endpoint must be a dataset URL such as http://localhost:3030/ds");
  }

  static RemoteFailure ofStatus(int status, String statusText, String url, String user) {
    String http = "HTTP " + status + (statusText.isEmpty() ? "" : " " + statusText);
    return switch (status) {
      case 401 ->
          new RemoteFailure(
              Kind.AUTH,
              user == null
                  ? url
                      + ": the server wants a login ("
                      + http
                      + "); pass --user NAME --password-file FILE"
                  : url
                      + ": the server rejected user '"
                      + user
                      + "' ("
                      + http
                      + "); check --user and the password in --password-file");
      case 403 ->
          new RemoteFailure(
              Kind.AUTH,
              user == null
                  ? url
                      + ": anonymous writes are refused ("
                      + http
                      + "); pass --user NAME --password-file FILE"
                  : url
                      + ": user '"
                      + user
                      + "' may not write here ("
                      + http
                      + "); use an account with write access");
      case 404 ->
          new RemoteFailure(
              Kind.NO_DATASET,
              url
                  + ": no such dataset on the server ("
                  + http
                  + "); check the dataset name at the end of --endpoint");
      case 405 ->
          new RemoteFailure(
              Kind.READ_ONLY,
              url
                  + ": the dataset is read-only ("
                  + http
                  + "); start Fuseki with --update (or `sdkg serve --update`) and rerun");
      case 502, 503, 504 ->
          new RemoteFailure(Kind.TRANSIENT, url + ": the server is unavailable (" + http + ")");
      default -> new RemoteFailure(Kind.GRAPH, url + ": " + http);
    };
  }

  /** The server's own words when they are one short line of text (Fuseki's are), else nothing. */
  private static String bodyLine(String response) {
    if (response == null) {
      return "";
    }
    String text = response.strip();
    if (text.isEmpty() || text.startsWith("<") || text.contains("\n") || text.length() > 160) {
      return "";
    }
    return "\"" + text + "\"";
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
