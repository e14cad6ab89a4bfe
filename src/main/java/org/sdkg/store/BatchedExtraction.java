package org.sdkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sdkg.extract.Extractor;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.IngestProblem;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.Iris;

/**
 * Extracts articles on a pool of threads while they are still being read, and writes their graphs
 * to the store in batches, in the order the articles came. At most two batches are in flight
 * (queued, being extracted, or extracted and waiting to be written): {@link #submit} writes the
 * oldest batch before it takes more, so the reader waits while the store is written and the pool
 * goes on with the next batch. An article, its graph and its future are dropped once written, so
 * heap use follows the batch size, not the number of articles (keeping every finished future until
 * the end held all graphs of a build: 600 MB at 10,000 articles).
 *
 * <p>Batches are written into one open write transaction, committed once it holds at least a batch
 * and a quarter of the articles the store held before it ({@link GraphBuild#commitDue}). TDB2
 * copies every index block a transaction touches, and a batch of 1,024 articles touches most blocks
 * of the large indexes once the store is big: committing each batch made the files of a
 * 100,000-article first build grow by about 6 GB a batch at about 40,000 articles, so compaction
 * ran after every batch or two. A transaction that grows with the store copies each block once for
 * many batches. A killed build still keeps every committed transaction: it loses at most a batch or
 * a quarter of the store's articles, whichever is more.
 */
final class BatchedExtraction implements AutoCloseable {
  private record Pending(Article article, Future<Model> graph) {}

  private final TdbStore store;
  private final int batchSize;
  private final TouchedSubjects touched;
  private final long compactFloor;
  private final GraphBuild.Progress progress;
  private final ExecutorService pool;
  private final ThreadLocal<Extractor> extractor;
  private final ArticleGraphMapper mapper;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final List<String> failedIds = new ArrayList<>();
  private final List<IngestProblem> failed = new ArrayList<>();
  private int written;
  private int done;
  private boolean inTransaction;
  private int uncommitted;
  private long committed;

  BatchedExtraction(
      TdbStore store,
      Supplier<Extractor> extractors,
      ArticleGraphMapper mapper,
      int threads,
      int batchSize,
      int storedArticles,
      TouchedSubjects touched,
      long compactFloor,
      GraphBuild.Progress progress) {
    this.store = store;
    this.compactFloor = compactFloor;
    this.mapper = mapper;
    this.batchSize = batchSize;
    this.committed = storedArticles;
    this.touched = touched;
    this.progress = progress;
    this.extractor = ThreadLocal.withInitial(extractors);
    AtomicInteger threadNumber = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sdkg-extract-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues {@code article} for extraction, first writing the oldest batch if two are queued. */
  void submit(Article article) {
    Future<Model> graph =
        pool.submit(
            () -> {
              Model model = mapper.map(extractor.get().extract(article));
              CrashPoints.reach("extracted");
              return model;
            });
    pending.add(new Pending(article, graph));
    if (pending.size() >= 2 * batchSize) {
      writeBatch();
    }
  }

  /** Writes and commits what is still queued; returns how many article graphs were written. */
  int finish() {
    while (!pending.isEmpty()) {
      writeBatch();
    }
    if (inTransaction) {
      commit();
    }
    return written;
  }

  /** Ids of the articles whose extraction failed. */
  List<String> failedIds() {
    return failedIds;
  }

  /** Why each of them failed. */
  List<IngestProblem> failed() {
    return failed;
  }

  private void writeBatch() {
    List<Article> articles = new ArrayList<>();
    List<Model> graphs = new ArrayList<>();
    for (int n = 0; n < batchSize && !pending.isEmpty(); n++) {
      Pending next = pending.poll();
      try {
        graphs.add(next.graph().get());
        articles.add(next.article());
      } catch (ExecutionException e) {
        failedIds.add(next.article().id());
        failed.add(
            new IngestProblem(
                next.article().path(),
                0,
                "extraction failed ("
                    + e.getCause()
                    + "); this is a bug in sdkg, please report it with the file"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("build interrupted; run it again to finish", e);
      }
      progress.update(++done);
    }
    if (!inTransaction) {
      store.dataset().begin(TxnType.WRITE);
      inTransaction = true;
    }
    DatasetGraph dsg = store.dataset();
    for (int i = 0; i < articles.size(); i++) {
      Node name = Iris.articleGraph(articles.get(i).id()).asNode();
      Graph graph = graphs.get(i).getGraph();
      GraphBuild.removeGraph(dsg, name, touched);
      touched.addFrom(graph);
      GraphBuild.replaceGraph(dsg, name, graph);
      if (i == articles.size() / 2) {
        CrashPoints.reach("batch-write");
      }
    }
    written += articles.size();
    uncommitted += articles.size();
    if (GraphBuild.commitDue(uncommitted, committed, batchSize)) {
      commit();
    }
  }

  private void commit() {
    store.dataset().commit();
    store.dataset().end();
    inTransaction = false;
    committed += uncommitted;
    uncommitted = 0;
    CrashPoints.reach("batch-committed");
    if (store.compactIfWasteful(compactFloor)) {
      CrashPoints.reach("compacted-mid-build");
    }
  }

  /** Stops extraction; a transaction still open (the build failed) is abandoned. */
  @Override
  public void close() {
    if (inTransaction) {
      store.dataset().abort();
      store.dataset().end();
      inTransaction = false;
    }
    pool.shutdownNow();
  }
}
