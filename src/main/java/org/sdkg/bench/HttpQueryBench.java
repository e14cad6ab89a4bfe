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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

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

  HttpQueryBench(URI endpoint) {
    this.endpoint = endpoint;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Sends one query; returns its latency in ms, or -1 when it failed. */
  double send(String sparql) {
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
      double ms = (System.nanoTime() - start) / 1e6;
      return response.statusCode() == 200 ? ms : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
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

  void load(List<BenchQueries.Named> queries, int connections, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
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
                  double ms = send(queries.get(i % queries.size()).sparql());
                  if (ms < 0) {
                    errors.incrementAndGet();
                  } else {
                    mine.add(ms);
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
        return;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double[] all =
        latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "| %d | %.1f | %d | %.1f | %d | %.1f | %.1f | %.1f |%n",
        connections,
        elapsed,
        all.length,
        all.length / elapsed,
        errors.get(),
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99));
    System.out.flush();
  }

  /**
   * {@code HttpQueryBench latency ENDPOINT QUERIES-DIR WARMUPS RUNS} or {@code HttpQueryBench load
   * ENDPOINT QUERIES-DIR SECONDS CONNECTIONS[,CONNECTIONS...]}: Markdown table rows on stdout.
   */
  public static void main(String[] args) {
    if (args.length != 5 || !List.of("latency", "load").contains(args[0])) {
      System.err.println(
          "usage: HttpQueryBench latency ENDPOINT QUERIES-DIR WARMUPS RUNS\n"
              + "       HttpQueryBench load ENDPOINT QUERIES-DIR SECONDS CONNECTIONS[,...]");
      System.exit(2);
    }
    HttpQueryBench bench = new HttpQueryBench(URI.create(args[1]));
    List<BenchQueries.Named> queries = BenchQueries.load(Path.of(args[2]));
    if (args[0].equals("latency")) {
      bench.latency(queries, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    System.out.println(
        "| connections | seconds | requests | requests/s | errors | p50 ms | p95 ms | p99 ms |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String c : args[4].split(",")) {
      bench.load(queries, Integer.parseInt(c.strip()), Integer.parseInt(args[3]));
    }
  }
}
