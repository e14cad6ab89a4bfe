package org.sdkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestResult;
import org.sdkg.nlp.NlpModels;
import org.sdkg.nlp.OpenNlpAnalyzer;
import org.sdkg.nlp.Sentence;

/**
 * Extraction speed against the NLP limit: bare OpenNLP sentence detection + tokenisation + POS
 * tagging ({@link OpenNlpAnalyzer}) versus the whole extractor, on the same articles and thread
 * count. Articles are read into memory first, so disk and parsing are not measured.
 *
 * <p>After warm-up passes, each measured iteration runs the bare pass and then the extractor pass,
 * so both see the same machine load; the ratio is reported per iteration and as a median. Each
 * worker thread owns its analyser or extractor, made before the clock starts, and takes articles
 * from a shared counter.
 */
public final class ExtractionBench {
  /**
   * One mode's rates over the measured iterations: per wall-clock second, and per CPU second of the
   * worker threads (which other jobs on a shared machine disturb much less).
   */
  public record ModeResult(
      String mode, Stats articlesPerSecond, Stats tokensPerSecond, Stats articlesPerCpuSecond) {}

  /**
   * Both modes at one thread count, and the per-iteration extractor/bare ratios by wall time and by
   * CPU time.
   */
  public record Result(
      int threads,
      int articles,
      long tokens,
      ModeResult bare,
      ModeResult extractor,
      Stats ratio,
      Stats cpuRatio) {}

  /** How long one pass took: wall-clock seconds and CPU seconds summed over its workers. */
  record Timing(double wallSeconds, double cpuSeconds) {}

  private ExtractionBench() {}

  /** Runs the comparison at one thread count. */
  public static Result run(List<Article> articles, int threads, int warmups, int iterations) {
    long tokens = countTokens(articles);
    Supplier<ToLongFunction<Article>> bare =
        () -> {
          OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.get());
          return a -> analyzer.analyse(a).size();
        };
    Supplier<ToLongFunction<Article>> extractor =
        () -> {
          Extractor e = Extractors.newExtractor();
          return a -> e.extract(a).relations().size();
        };
    for (int w = 0; w < warmups; w++) {
      pass(articles, threads, "bench-bare", bare);
      pass(articles, threads, "bench-extractor", extractor);
    }
    List<Timing> bareTimes = new ArrayList<>();
    List<Timing> extractorTimes = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      Timing b = pass(articles, threads, "bench-bare", bare);
      Timing x = pass(articles, threads, "bench-extractor", extractor);
      bareTimes.add(b);
      extractorTimes.add(x);
      ratios.add(b.wallSeconds() / x.wallSeconds());
      cpuRatios.add(b.cpuSeconds() / x.cpuSeconds());
    }
    return new Result(
        threads,
        articles.size(),
        tokens,
        mode("bare OpenNLP", bareTimes, articles.size(), tokens),
        mode("extractor", extractorTimes, articles.size(), tokens),
        Stats.of(ratios),
        Stats.of(cpuRatios));
  }

  private static ModeResult mode(String name, List<Timing> times, int articles, long tokens) {
    return new ModeResult(
        name,
        Stats.of(times.stream().map(t -> articles / t.wallSeconds()).toList()),
        Stats.of(times.stream().map(t -> tokens / t.wallSeconds()).toList()),
        Stats.of(times.stream().map(t -> articles / t.cpuSeconds()).toList()));
  }

  /** Tokens as the analyser counts them (after refinement), over all articles. */
  static long countTokens(List<Article> articles) {
    OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.get());
    long tokens = 0;
    for (Article a : articles) {
      for (Sentence s : analyzer.analyse(a)) {
        tokens += s.tokens().size();
      }
    }
    return tokens;
  }

  /**
   * Seconds to process every article once on {@code threads} workers, named {@code threadName} so a
   * profile can tell the modes apart.
   */
  static Timing pass(
      List<Article> articles,
      int threads,
      String threadName,
      Supplier<ToLongFunction<Article>> workPerThread) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong sink = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<ToLongFunction<Article>> works = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      works.add(workPerThread.get());
    }
    List<Thread> workers = new ArrayList<>();
    for (ToLongFunction<Article> work : works) {
      workers.add(
          new Thread(
              () -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long local = 0;
                for (int i = next.getAndIncrement();
                    i < articles.size();
                    i = next.getAndIncrement()) {
                  local += work.applyAsLong(articles.get(i));
                }
                sink.addAndGet(local);
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
              },
              threadName));
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink.get() < 0) {
      throw new IllegalStateException("impossible: keeps the work from being optimised away");
    }
    return new Timing(seconds, cpuNanos.get() / 1e9);
  }

  /** Reads every article under {@code dir}; fails when any file is skipped. */
  public static List<Article> read(Path dir) {
    IngestResult read =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.now())).read(List.of(dir));
    if (!read.skipped().isEmpty()) {
      throw new IllegalStateException(read.summary() + ": " + read.skipped().get(0).format());
    }
    return read.articles();
  }

  /**
   * {@code ExtractionBench DIR THREADS[,THREADS...] WARMUPS ITERATIONS}: prints one Markdown table
   * row per mode and thread count, then a ratio row, on stdout.
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: ExtractionBench DIR THREADS[,THREADS...] WARMUPS ITERATIONS");
      System.exit(2);
    }
    List<Article> articles = read(Path.of(args[0]));
    int warmups = Integer.parseInt(args[2]);
    int iterations = Integer.parseInt(args[3]);
    System.out.println(
        "| threads | stage | articles/s median (min–max) | tokens/s median (min–max) |"
            + " articles per CPU-second median (min–max) |");
    System.out.println("|---:|---|---:|---:|---:|");
    List<Result> results = new ArrayList<>();
    for (String t : args[1].split(",")) {
      Result r = run(articles, Integer.parseInt(t.strip()), warmups, iterations);
      results.add(r);
      for (ModeResult m : List.of(r.bare(), r.extractor())) {
        System.out.printf(
            Locale.ROOT,
            "| %d | %s | %s | %s | %s |%n",
            r.threads(),
            m.mode(),
            m.articlesPerSecond().format(1),
            m.tokensPerSecond().format(0),
            m.articlesPerCpuSecond().format(1));
      }
      System.out.flush();
    }
    System.out.println();
    System.out.println(
        "| threads | extractor rate / bare rate by wall time: median of per-iteration ratios"
            + " (min–max) | the same by CPU time |");
    System.out.println("|---:|---:|---:|");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %d | %s | %s |%n",
          r.threads(),
          r.ratio().format(2),
          r.cpuRatio().format(2));
    }
    Result first = results.get(0);
    System.out.printf(
        Locale.ROOT,
        "%nCorpus: %d articles, %d tokens (%.0f tokens/article); %d warm-up + %d measured"
            + " iterations per thread count.%n",
        first.articles(),
        first.tokens(),
        (double) first.tokens() / first.articles(),
        warmups,
        iterations);
  }
}
