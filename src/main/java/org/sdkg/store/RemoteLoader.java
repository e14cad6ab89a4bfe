package org.sdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * Sends graphs to a running SPARQL server (Fuseki or any other) with the SPARQL 1.1 Graph Store
 * HTTP Protocol, using Jena's {@link GSP} client (what {@code RDFConnection} uses underneath; used
 * directly because it lets every request carry a pre-emptive basic-auth header without registering
 * passwords in Jena's JVM-wide {@code AuthEnv}).
 *
 * <p>Before the first graph, an {@code ASK {}} query checks that the endpoint exists and speaks
 * SPARQL, so a wrong URL fails with one clear message instead of one error per graph.
 */
public final class RemoteLoader {
  /** Fuseki's name for the read-write Graph Store endpoint of a dataset. */
  public static final String GRAPH_STORE_SERVICE = "data";

  private static final Query ENDPOINT_CHECK = loadQuery("endpoint-check.rq");

  private final String datasetUrl;
  private final Credentials credentials;
  private final RetryPolicy retry;
  private final HttpClient http;

  private RemoteLoader(String datasetUrl, Credentials credentials, RetryPolicy retry) {
    this.datasetUrl = datasetUrl;
    this.credentials = credentials;
    this.retry = retry;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * A loader for the dataset at {@code endpoint} ({@code http://host:port/dataset}).
   *
   * @throws LoadException when {@code endpoint} is not an http(s) URL with a dataset path
   */
  public static RemoteLoader to(String endpoint, RetryPolicy retry) {
    return new RemoteLoader(checkEndpointUrl(endpoint), null, retry);
  }

  /** The same loader, authenticating every request as {@code credentials}. */
  public RemoteLoader withCredentials(Credentials credentials) {
    return new RemoteLoader(datasetUrl, credentials, retry);
  }

  public String datasetUrl() {
    return datasetUrl;
  }

  public String graphStoreUrl() {
    return datasetUrl + "/" + GRAPH_STORE_SERVICE;
  }

  /**
   * Checks that the dataset answers SPARQL, retrying transient failures.
   *
   * @throws LoadException with the classified reason when it does not
   */
  public void checkEndpoint(LoadListener listener) {
    Attempt<Boolean> attempt =
        withRetries("endpoint check", datasetUrl, listener, this::askEndpoint);
    if (attempt.failure() != null) {
      throw new LoadException(attempt.failure().message());
    }
  }

  /**
   * Sends {@code uploads} in order. A failure that would repeat for every graph (authentication,
   * read-only dataset, server gone) stops the load; the rest are reported as not sent, so a rerun
   * completes the load (PUT replaces, nothing is duplicated).
   */
  public LoadReport load(List<GraphUpload> uploads, LoadListener listener) {
    long start = System.nanoTime();
    List<GraphResult> results = new ArrayList<>();
    boolean stopped = false;
    for (int i = 0; i < uploads.size(); i++) {
      GraphUpload upload = uploads.get(i);
      GraphResult result;
      if (stopped) {
        result =
            new GraphResult(
                upload,
                GraphResult.Outcome.NOT_SENT,
                0,
                Duration.ZERO,
                "not sent: the load stopped at an earlier error");
      } else {
        long sendStart = System.nanoTime();
        Attempt<Boolean> attempt = send(upload, listener);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - sendStart);
        RemoteFailure failure = attempt.failure();
        if (failure == null) {
          result = new GraphResult(upload, GraphResult.Outcome.SENT, attempt.count(), elapsed, "");
        } else {
          result =
              new GraphResult(
                  upload, GraphResult.Outcome.FAILED, attempt.count(), elapsed, failure.message());
          // Retries already ran out for a transient failure: the server is gone for now.
          stopped = failure.kind().stopsLoad() || failure.kind().retry();
        }
      }
      results.add(result);
      listener.finished(result, i + 1, uploads.size());
    }
    return new LoadReport(datasetUrl, results, Duration.ofNanos(System.nanoTime() - start));
  }

  private Attempt<Boolean> send(GraphUpload upload, LoadListener listener) {
    return withRetries(
        upload.httpMethod() + " " + upload.label(),
        graphStoreUrl(),
        listener,
        () -> {
          write(upload);
          return true;
        });
  }

  private void write(GraphUpload upload) {
    GSP gsp = GSP.service(graphStoreUrl()).httpClient(http);
    if (credentials != null) {
      gsp.httpHeader("Authorization", credentials.basicAuthorization());
    }
    if (upload.isDefaultGraph()) {
      gsp.defaultGraph();
    } else {
      gsp.graphName(upload.graphName());
    }
    Graph graph = upload.content().get();
    if (upload.mode() == GraphUpload.Mode.REPLACE) {
      gsp.PUT(graph);
    } else {
      gsp.POST(graph);
    }
  }

  private boolean askEndpoint() {
    QueryExecHTTPBuilder builder =
        QueryExecHTTP.service(datasetUrl).httpClient(http).query(ENDPOINT_CHECK);
    if (credentials != null) {
      builder.httpHeader("Authorization", credentials.basicAuthorization());
    }
    try (QueryExec exec = builder.build()) {
      return exec.ask();
    }
  }

  /** The outcome of a request with retries: {@code failure} is null on success. */
  private record Attempt<T>(T value, RemoteFailure failure, int count) {}

  private <T> Attempt<T> withRetries(
      String what, String url, LoadListener listener, Supplier<T> request) {
    String user = credentials == null ? null : credentials.user();
    for (int attempt = 1; ; attempt++) {
      try {
        return new Attempt<>(request.get(), null, attempt);
      } catch (RuntimeException e) {
        RemoteFailure failure = RemoteFailure.of(e, url, user);
        if (!failure.kind().retry() || attempt >= retry.attempts()) {
          return new Attempt<>(null, failure, attempt);
        }
        Duration delay = retry.delayBefore(attempt + 1);
        listener.retrying(what, attempt + 1, retry.attempts(), delay, failure.message());
        sleep(delay);
      }
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadException("interrupted while waiting to retry", e);
    }
  }

  private static String checkEndpointUrl(String endpoint) {
    String url = endpoint.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new LoadException(
          "--endpoint "
              + endpoint
              + ": not a URL ("
              + e.getReason()
              + "); use http://HOST:PORT/DATASET");
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new LoadException(
          "--endpoint " + endpoint + ": not an http(s) URL; use http://HOST:PORT/DATASET");
    }
    if (uri.getPath() == null || uri.getPath().isEmpty()) {
      throw new LoadException(
          "--endpoint "
              + endpoint
              + ": names no dataset; add it, e.g. "
              + uri.getScheme()
              + "://"
              + uri.getAuthority()
              + "/ds");
    }
    return url;
  }

  private static Query loadQuery(String name) {
    try (InputStream in = RemoteLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to RemoteLoader");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
