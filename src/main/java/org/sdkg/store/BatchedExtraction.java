package org.sdkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
 * the end held all graphs of a build: 600 MB at 10,000 articles). Batches go into a {@link
 * GrowingTransaction}, which commits as the store grows, or, when the store was empty, into a
 * {@link BulkLoad}.
 */
final class BatchedExtraction implements AutoCloseable {
  private record Pending(Article article, Future<Model> graph) {}

  private final int batchSize;
  private final TouchedSubjects touched;
  private final GraphBuild.Progress progress;
  private final ExecutorService pool;
  private final ThreadLocal<Extractor> extractor;
  private final ArticleGraphMapper mapper;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final List<String> failedIds = new ArrayList<>();
  private final List<IngestProblem> failed = new ArrayList<>();
  private final Map<String, String> writtenNames = new HashMap<>();
  private final Map<String, String> renamedAfterLoad = new HashMap<>();
  private int written;
  private int done;
  private final TdbStore store;
  private final GrowingTransaction transaction;
  private final boolean inBulk;
  private BulkLoad bulk;

  BatchedExtraction(
      TdbStore store,
      Supplier<Extractor> extractors,
      ArticleGraphMapper mapper,
      int threads,
      int batchSize,
      int storedArticles,
      boolean inBulk,
      TouchedSubjects touched,
      long compactFloor,
      GraphBuild.Progress progress) {
    this.mapper = mapper;
    this.batchSize = batchSize;
    this.store = store;
    this.transaction = new GrowingTransaction(store, storedArticles, batchSize, compactFloor);
    this.inBulk = inBulk;
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
    if (bulk != null) {
      bulk.finish();
    }
    transaction.commit();
    return written;
  }

  /**
   * Content id to file name of the articles a bulk load holds under another file's name: a file
   * with the same content as one an earlier batch loaded, whose name wins as it would in a
   * transaction, where its graph replaces the earlier one. The name is written after the load.
   */
  Map<String, String> renamedAfterLoad() {
    return renamedAfterLoad;
  }

  /** Content id to file name of every article whose graph was written. */
  Map<String, String> writtenNames() {
    return writtenNames;
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
    DatasetGraph dsg = inBulk ? null : transaction.dataset();
    // Two files with the same content in one batch give one graph: the later one's, as when they
    // fall in different batches (its graph replaces the earlier one's).
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      last.put(articles.get(i).id(), i);
    }
    List<Quad> quads = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      String id = articles.get(i).id();
      if (last.get(id) != i) {
        continue;
      }
      if (inBulk && writtenNames.containsKey(id)) {
        // Loaded by an earlier batch: the same graph but for the file name.
        renamedAfterLoad.put(id, articles.get(i).fileName());
        writtenNames.put(id, articles.get(i).fileName());
        continue;
      }
      Node name = Iris.articleGraph(id).asNode();
      Graph graph = graphs.get(i).getGraph();
      if (!inBulk) {
        GraphBuild.removeGraph(dsg, name, touched);
      }
      touched.added(graph);
      graph.find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
      writtenNames.put(id, articles.get(i).fileName());
    }
    graphs.clear();
    if (inBulk) {
      if (bulk == null) {
        bulk = new BulkLoad(store);
      }
      bulk.add(quads);
    } else {
      SortedQuadInserts.add(dsg, quads);
      transaction.wrote(articles.size());
    }
    written += articles.size();
  }

  /**
   * Stops extraction; a transaction still open (the build failed) is abandoned, a bulk load left
   * for the next build to start again.
   */
  @Override
  public void close() {
    if (bulk != null) {
      bulk.close();
    }
    transaction.close();
    pool.shutdownNow();
  }
}
