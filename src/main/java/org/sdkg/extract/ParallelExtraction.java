package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sdkg.ingest.Article;

/** Extracts many articles on several threads, one extractor per thread, results in input order. */
public final class ParallelExtraction {
  private ParallelExtraction() {}

  /**
   * Extracts every article; {@code progress} is called once per finished article (from any thread).
   */
  public static List<Extraction> extractAll(
      List<Article> articles, int threads, Consumer<Extraction> progress) {
    ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(Extractors::newExtractor);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(
            pool.submit(
                () -> {
                  Extraction e = extractors.get().extract(article);
                  progress.accept(e);
                  return e;
                }));
      }
      List<Extraction> out = new ArrayList<>(articles.size());
      for (Future<Extraction> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("extraction interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Both cores by default. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "sdkg-extract");
      t.setDaemon(true);
      return t;
    };
  }
}
