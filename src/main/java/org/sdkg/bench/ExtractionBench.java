package org.sdkg.bench;

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
  /** One mode's rates over the measured iterations. */
  public record ModeResult(String mode, Stats articlesPerSecond, Stats tokensPerSecond) {}

  /** Both modes at one thread count, and the per-iteration extractor/bare ratios. */
  public record Result(
      int threads, int articles, long tokens, ModeResult bare, ModeResult extractor, Stats ratio) {}

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
    List<Double> bareRates = new ArrayList<>();
    List<Double> extractorRates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      double b = articles.size() / pass(articles, threads, "bench-bare", bare);
      double x = articles.size() / pass(articles, threads, "bench-extractor", extractor);
      bareRates.add(b);
      extractorRates.add(x);
      ratios.add(x / b);
    }
    double tokensPerArticle = (double) tokens / articles.size();
    return new Result(
        threads,
        articles.size(),
        tokens,
        mode("bare OpenNLP", bareRates, tokensPerArticle),
        mode("extractor", extractorRates, tokensPerArticle),
        Stats.of(ratios));
  }

  private static ModeResult mode(String name, List<Double> articleRates, double tokensPerArticle) {
    return new ModeResult(
        name,
        Stats.of(articleRates),
        Stats.of(articleRates.stream().map(r -> r * tokensPerArticle).toList()));
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
  static double pass(
      List<Article> articles,
      int threads,
      String threadName,
      Supplier<ToLongFunction<Article>> workPerThread) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong sink = new AtomicLong();
    List<ToLongFunction<Article>> works = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      works.add(workPerThread.get());
    }
    List<Thread> workers = new ArrayList<>();
    for (ToLongFunction<Article> work : works) {
      workers.add(
          new Thread(
              () -> {
                long local = 0;
                for (int i = next.getAndIncrement();
                    i < articles.size();
                    i = next.getAndIncrement()) {
                  local += work.applyAsLong(articles.get(i));
                }
                sink.addAndGet(local);
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
    return seconds;
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
        "| threads | stage | articles/s median (min–max) | tokens/s median (min–max) |");
    System.out.println("|---:|---|---:|---:|");
    List<Result> results = new ArrayList<>();
    for (String t : args[1].split(",")) {
      Result r = run(articles, Integer.parseInt(t.strip()), warmups, iterations);
      results.add(r);
      for (ModeResult m : List.of(r.bare(), r.extractor())) {
        System.out.printf(
            Locale.ROOT,
            "| %d | %s | %s | %s |%n",
            r.threads(),
            m.mode(),
            m.articlesPerSecond().format(1),
            m.tokensPerSecond().format(0));
      }
      System.out.flush();
    }
    System.out.println();
    System.out.println("| threads | extractor / bare, median of per-iteration ratios (min–max) |");
    System.out.println("|---:|---:|");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s |%n", r.threads(), r.ratio().format(2));
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
