package org.sdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.Http;
import org.sdkg.TestPaths;
import org.sdkg.bench.BenchQueries;
import org.sdkg.bench.HttpQueryBench;
import org.sdkg.cli.SdkgCommand;
import org.sdkg.generate.CorpusGenerator;

/**
 * {@code sdkg serve} under load and under pathological queries, on a store built by {@code sdkg
 * build} from 200 generated articles plus {@code articles/} (about 78,000 triples). The server runs
 * in this JVM so its heap and its threads can be inspected; clients talk to it over loopback HTTP.
 * Figures go to stdout (the Surefire report) and into {@code docs/RELIABILITY.md}.
 */
class ServeUnderLoadTest {
  private static final int GENERATED = 200;
  private static final int CONNECTIONS = 64;
  private static final int HALF_SECONDS = 30;
  private static final long MB = 1024 * 1024;

  @TempDir static Path tmp;
  private static Path store;

  @BeforeAll
  static void buildStore() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    new CorpusGenerator(1).write(corpus, GENERATED);
    try (Stream<Path> seed = Files.list(TestPaths.project().resolve("articles"))) {
      for (Path article : seed.toList()) {
        Files.copy(article, corpus.resolve(article.getFileName()));
      }
    }
    store = tmp.resolve("store");
    StringWriter err = new StringWriter();
    var cli = SdkgCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit =
        cli.execute(
            "build",
            "--articles",
            corpus.toString(),
            "--store",
            store.toString(),
            "--output",
            tmp.resolve("sdkg.ttl").toString());
    assertEquals(0, exit, err.toString());
    System.out.println("[load store] " + err.toString().strip());
  }

  private static ServeOptions options(Duration timeout) {
    return ServeTesting.with(ServeTesting.options(store, new Access.ReadOnly()), timeout, 0, false);
  }

  @Test
  void load_64ConnectionsFor60Seconds_answersEveryRequestAndKeepsTheHeapStable() {
    List<BenchQueries.Named> queries =
        new ArrayList<>(BenchQueries.load(TestPaths.project().resolve("queries")));
    queries.add(new BenchQueries.Named("heavy", text("heavy-predicate-counts.rq")));
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options(Duration.ofSeconds(30)))) {
      HttpQueryBench bench = new HttpQueryBench(URI.create(server.datasetUrl() + "/sparql"));
      for (BenchQueries.Named q : queries) {
        assertEquals(200, bench.exchange(q.sparql()).status(), q.name() + " failed alone");
      }
      long heapBefore = ServerThreads.heapAfterGc();

      HttpQueryBench.LoadResult first = bench.load(queries, CONNECTIONS, HALF_SECONDS);
      long heapMiddle = ServerThreads.heapAfterGc();
      HttpQueryBench.LoadResult second = bench.load(queries, CONNECTIONS, HALF_SECONDS);
      long heapAfter = ServerThreads.heapAfterGc();

      System.out.printf(
          Locale.ROOT,
          "[load] %d queries (library + heavy), %d connections, 2 x %d s%n"
              + "[load] first half:  %s failures=%s max=%.0f ms%n"
              + "[load] second half: %s failures=%s max=%.0f ms%n"
              + "[load] heap after GC: before %d MB, middle %d MB, after %d MB%n",
          queries.size(),
          CONNECTIONS,
          HALF_SECONDS,
          first.tableRow(),
          first.failures(),
          first.max(),
          second.tableRow(),
          second.failures(),
          second.max(),
          heapBefore / MB,
          heapMiddle / MB,
          heapAfter / MB);
      assertEquals(Map.of(), first.failures(), first.toString());
      assertEquals(Map.of(), second.failures(), second.toString());
      // Every connection finished at least one request in each half.
      assertTrue(first.requests() >= CONNECTIONS, first.toString());
      assertTrue(second.requests() >= CONNECTIONS, second.toString());
      // Caches (TDB2 node tables, Jetty buffers) fill in the first half; after that the heap must
      // not keep growing. 64 MB is far below what a per-request leak over ~100+ requests adds.
      assertTrue(
          heapAfter - heapMiddle < 64 * MB,
          "heap grew from " + heapMiddle / MB + " MB to " + heapAfter / MB + " MB");
      assertTrue(
          heapAfter - heapBefore < 256 * MB,
          "heap grew from " + heapBefore / MB + " MB to " + heapAfter / MB + " MB");
    }
  }

  @Test
  void cartesianProduct_isCutByTheTimeout_whileOtherQueriesKeepAnswering() throws Exception {
    SlowQuery run = SlowQuery.run("cartesian-store.rq", Duration.ofSeconds(4));

    run.assertCutAtTheTimeoutAndStopped();
  }

  @Test
  void catastrophicRegex_isCutByTheTimeoutAndStopsRunning() throws Exception {
    // Before RegexGuard: 200 with no rows after ~50 s, a request thread busy the whole time.
    SlowQuery run = SlowQuery.run("catastrophic-regex.rq", Duration.ofSeconds(3));

    run.assertCutAtTheTimeoutAndStopped();
  }

  /**
   * One slow query on a server with a short timeout, quick queries sent one after another while it
   * runs, then: how soon no request thread ran query code, their CPU in the next second, and a
   * quick query after.
   */
  record SlowQuery(
      String fixture,
      Duration timeout,
      Timed baseline,
      Timed cut,
      List<Timed> during,
      Duration stopped,
      long idleCpuNanos,
      Timed after) {

    static SlowQuery run(String fixture, Duration timeout) throws Exception {
      try (EmbeddedFuseki server = EmbeddedFuseki.start(options(timeout))) {
        String sparql = server.datasetUrl() + "/sparql";
        Timed baseline = Timed.query(sparql, text("china-name.rq"));
        CompletableFuture<Timed> slow =
            CompletableFuture.supplyAsync(() -> Timed.query(sparql, text(fixture)));
        List<Timed> during = new ArrayList<>();
        while (!slow.isDone()) {
          during.add(Timed.query(sparql, text("china-name.rq")));
        }
        Timed cut = slow.get();
        Duration stopped = ServerThreads.awaitNoRunningQuery(Duration.ofSeconds(3));
        long idleCpu = ServerThreads.requestThreadsCpuNanosOver(Duration.ofSeconds(1));
        Timed after = Timed.query(sparql, text("china-name.rq"));
        SlowQuery run =
            new SlowQuery(fixture, timeout, baseline, cut, during, stopped, idleCpu, after);
        System.out.println(run.report());
        return run;
      }
    }

    void assertCutAtTheTimeoutAndStopped() {
      assertEquals(503, cut.response().status(), cut.response().body());
      assertEquals("Query timed out\n", cut.response().body());
      // Cut at the timeout, not before, and soon after it (the machine may be busy).
      assertTrue(
          cut.took().compareTo(timeout) >= 0
              && cut.took().compareTo(timeout.plus(Duration.ofSeconds(4))) < 0,
          "answered after " + cut.took().toMillis() + " ms; timeout " + timeout.toMillis());
      assertTrue(during.size() >= 3, "only " + during.size() + " queries answered meanwhile");
      for (Timed t : during) {
        assertEquals(200, t.response().status(), t.response().body());
        assertTrue(
            t.took().compareTo(timeout.dividedBy(2)) < 0,
            "a quick query took " + t.took().toMillis() + " ms during the slow one");
      }
      assertEquals(200, after.response().status());
      // A query still running would use most of a core in the 1 s window.
      assertTrue(
          idleCpuNanos < 200_000_000L,
          "request threads used " + idleCpuNanos / 1_000_000 + " ms CPU in 1 s after the cut");
    }

    String report() {
      long[] ms = during.stream().mapToLong(t -> t.took().toMillis()).sorted().toArray();
      return String.format(
          Locale.ROOT,
          "[%s] timeout %d ms: answered %d after %d ms; quick query alone %d ms, during it %d"
              + " queries (median %d ms, max %d ms), after it %d ms; no query code running %d ms"
              + " after the answer; request threads' CPU in the next second %d ms",
          fixture,
          timeout.toMillis(),
          cut.response().status(),
          cut.took().toMillis(),
          baseline.took().toMillis(),
          ms.length,
          ms.length == 0 ? -1 : ms[ms.length / 2],
          ms.length == 0 ? -1 : ms[ms.length - 1],
          after.took().toMillis(),
          stopped.toMillis(),
          idleCpuNanos / 1_000_000);
    }
  }

  private static String text(String fixture) {
    return Fixtures.query(fixture).serialize();
  }

  /** One query's response and how long it took. */
  record Timed(Http.Response response, Duration took) {
    static Timed query(String endpoint, String sparql) {
      long start = System.nanoTime();
      Http.Response r = Http.query(endpoint, sparql, "text/csv");
      return new Timed(r, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
