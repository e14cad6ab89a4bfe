package org.sdkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Query latency and throughput over HTTP against a SPARQL endpoint ({@code sdkg serve}), with the
 * JDK's HTTP client: each request POSTs the query ({@code application/sparql-query}), asks for
 * SPARQL JSON results and reads the whole answer. A request counts as an error unless the status is
 * 200.
 *
 * <ul>
 *   <li>{@code latency}: each library query alone, after warm-up, many times in a row: p50, p95,
 *       p99.
 *   <li>{@code load}: N client threads, each with its request in flight at all times, cycling
 *       through all queries for a fixed time: throughput, latency percentiles, errors.
 * </ul>
 */
public final class HttpQueryBench {
  private final HttpClient client;
  private final URI endpoint;

  public HttpQueryBench(URI endpoint) {
    this.endpoint = endpoint;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The outcome of one request: HTTP status (0 when no answer came) and latency in ms. */
  public record Answer(int status, double millis) {}

  /** Sends one query; returns its latency in ms, or -1 when it failed. */
  double send(String sparql) {
    Answer a = exchange(sparql);
    return a.status() == 200 ? a.millis() : -1;
  }

  /** Sends one query and reads the whole answer. */
  public Answer exchange(String sparql) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(sparql))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), (System.nanoTime() - start) / 1e6);
    } catch (IOException e) {
      return new Answer(0, (System.nanoTime() - start) / 1e6);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, (System.nanoTime() - start) / 1e6);
    }
  }

  /** The value at percentile {@code p} (0-100) of sorted values, by the nearest-rank method. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  void latency(List<BenchQueries.Named> queries, int warmups, int runs) {
    System.out.println("| query | runs | errors | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (BenchQueries.Named q : queries) {
      for (int w = 0; w < warmups; w++) {
        send(q.sparql());
      }
      List<Double> ok = new ArrayList<>();
      int errors = 0;
      for (int r = 0; r < runs; r++) {
        double ms = send(q.sparql());
        if (ms < 0) {
          errors++;
        } else {
          ok.add(ms);
        }
      }
      double[] v = ok.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          q.name(),
          runs,
          errors,
          percentile(v, 50),
          percentile(v, 95),
          percentile(v, 99),
          v.length == 0 ? Double.NaN : v[v.length - 1]);
      System.out.flush();
    }
  }

  /**
   * The figures of one {@link #load} run: requests that answered 200, failures by HTTP status (0
   * for no answer: refused, reset, client timeout), and latency percentiles of the answered ones.
   */
  public record LoadResult(
      int connections,
      double seconds,
      long requests,
      SortedMap<Integer, Long> failures,
      double p50,
      double p95,
      double p99,
      double max) {
    public long errors() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public double requestsPerSecond() {
      return requests / seconds;
    }

    /** One Markdown table row: connections, seconds, requests, requests/s, errors, p50-p99. */
    public String tableRow() {
      return String.format(
          Locale.ROOT,
          "| %d | %.1f | %d | %.1f | %d | %.1f | %.1f | %.1f |",
          connections,
          seconds,
          requests,
          requestsPerSecond(),
          errors(),
          p50,
          p95,
          p99);
    }
  }

  /**
   * {@code connections} client threads, each with one request in flight at all times, cycling
   * through {@code queries} (each thread from its own offset) until {@code seconds} have passed.
   */
  public LoadResult load(List<BenchQueries.Named> queries, int connections, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ConcurrentMap<Integer, LongAdder> failures = new ConcurrentHashMap<>();
    List<List<Double>> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      List<Double> mine = new ArrayList<>();
      latencies.add(mine);
      int offset = c;
      Thread t =
          new Thread(
              () -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                  Answer a = exchange(queries.get(i % queries.size()).sparql());
                  if (a.status() == 200) {
                    mine.add(a.millis());
                  } else {
                    failures.computeIfAbsent(a.status(), k -> new LongAdder()).increment();
                  }
                }
              },
              "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the load ran", e);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double[] all =
        latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(all);
    SortedMap<Integer, Long> failed = new TreeMap<>();
    failures.forEach((status, n) -> failed.put(status, n.sum()));
    return new LoadResult(
        connections,
        elapsed,
        all.length,
        Collections.unmodifiableSortedMap(failed),
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99),
        all.length == 0 ? Double.NaN : all[all.length - 1]);
  }

  /**
   * {@code HttpQueryBench latency ENDPOINT QUERIES-DIR WARMUPS RUNS [PARAMETERS-FILE]} or {@code
   * HttpQueryBench load ENDPOINT QUERIES-DIR SECONDS CONNECTIONS[,CONNECTIONS...]}: Markdown table
   * rows on stdout. Without a parameter file ({@link BenchQueries#readParameters}) every query runs
   * with its declared defaults.
   */
  public static void main(String[] args) {
    boolean latency = args.length > 0 && args[0].equals("latency");
    boolean load = args.length == 5 && args[0].equals("load");
    if (!(load || latency && (args.length == 5 || args.length == 6))) {
      System.err.println(
          "usage: HttpQueryBench latency ENDPOINT QUERIES-DIR WARMUPS RUNS [PARAMETERS-FILE]\n"
              + "       HttpQueryBench load ENDPOINT QUERIES-DIR SECONDS CONNECTIONS[,...]");
      System.exit(2);
    }
    HttpQueryBench bench = new HttpQueryBench(URI.create(args[1]));
    List<BenchQueries.Named> queries =
        BenchQueries.load(
            Path.of(args[2]),
            args.length == 6 ? BenchQueries.readParameters(Path.of(args[5])) : Map.of());
    if (latency) {
      bench.latency(queries, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    System.out.println(
        "| connections | seconds | requests | requests/s | errors | p50 ms | p95 ms | p99 ms |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String c : args[4].split(",")) {
      System.out.println(
          bench.load(queries, Integer.parseInt(c.strip()), Integer.parseInt(args[3])).tableRow());
      System.out.flush();
    }
  }
}
