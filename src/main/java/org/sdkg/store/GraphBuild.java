package org.sdkg.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sdkg.extract.Extractor;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleSink;
import org.sdkg.ingest.IngestProblem;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;
import org.sdkg.rdf.OntologyGraph;
import org.sdkg.rdf.StoredArticles;

/**
 * Brings a store up to date with a set of articles, doing as little as possible: only new or
 * changed articles (by content id) are extracted, their graphs replace the old ones, graphs of
 * articles that are gone are dropped, and the merged graph is updated for the cooperations and
 * entities those graphs touch ({@link MergedGraph#update}), or computed whole when that is unknown
 * or cheaper. Extraction runs on several threads, each with its own {@link Extractor}; graphs are
 * written in batches into transactions that commit as the store grows ({@link GrowingTransaction}),
 * so an interrupted build keeps what it committed, or, into a store that holds nothing yet, through
 * TDB2's bulk loader ({@link BulkLoad}), so an interrupted first build starts again. The stored
 * articles and the summary's counts come from the record the last build left ({@link
 * StoreContents}) while the store is unchanged since, and the counts then follow by the differences
 * this build writes.
 */
public final class GraphBuild {
  /**
   * Articles extracted and written per step by {@code sdkg build} unless {@code --batch} says
   * otherwise, and the fewest a write transaction holds ({@link GrowingTransaction}). TDB2 copies
   * every index block a transaction touches, so small transactions leave waste: loading a
   * 1,000-article dump in transactions of 32 graphs left files 2.2 times their compacted size, of
   * 256 graphs 1.2 times; and the waste grows with the store: a first build of the 10,000-article
   * benchmark corpus left 4.6 GB of files in batches of 256 and 2.6 GB in batches of 1,024, which
   * also built 17% faster. 1,024 articles are about 340,000 quads; with two batches in flight the
   * extraction phase peaked at about 400 MB of heap after GC.
   */
  public static final int BATCH = 1024;

  /**
   * Above this many touched subjects (cooperations and entities of added, replaced or removed
   * article graphs; about 25 per article) the merged graph is recomputed whole ({@link
   * MergedGraph#recompute}) rather than updated: {@link MergedGraph#update} holds the new
   * statements about all touched subjects at once (about 10 triples each), the recomputation one
   * slice. Both evaluate their queries subject by subject, so below this bound the update, which
   * skips the untouched subjects, is also the faster.
   */
  static final int MAX_TOUCHED = 20_000;

  /**
   * Store files below this size are never compacted between transactions ({@link
   * TdbStore#compactIfWasteful}): small stores waste little, and compacting them would only cost.
   */
  public static final long COMPACT_FLOOR = 4L << 30;

  /** Told how far extraction has got; called on the building thread. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = done -> {};

    /** {@code done} articles have been extracted so far (the total is not known in advance). */
    void update(int done);
  }

  /**
   * The articles of a build, handed over one at a time as they are read, so a build of 100,000
   * articles never holds all their texts.
   */
  @FunctionalInterface
  public interface Articles {
    void forEach(ArticleSink sink);
  }

  private final Supplier<Extractor> extractors;
  private final ArticleGraphMapper mapper;
  private final String fingerprint;
  private final int threads;
  private final int batchSize;

  /**
   * @param extractors makes one extractor per thread
   * @param fingerprint identifies the code that extracts and maps ({@link CodeFingerprint}); when
   *     it differs from the last build's, every article is extracted again
   * @param threads extraction threads
   * @param batchSize articles extracted and written per step
   */
  public GraphBuild(
      Supplier<Extractor> extractors,
      ArticleGraphMapper mapper,
      String fingerprint,
      int threads,
      int batchSize) {
    this.extractors = extractors;
    this.mapper = mapper;
    this.fingerprint = fingerprint;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  public BuildReport run(TdbStore store, List<Article> articles, Progress progress) {
    return run(store, sink -> articles.forEach(sink::article), progress);
  }

  /** Brings {@code store} up to date with {@code articles}, extracting them while they are read. */
  public BuildReport run(TdbStore store, Articles articles, Progress progress) {
    long start = System.nanoTime();
    Optional<String> unfinished = store.unfinishedBuild();
    // The record of the last build, unless the store changed since (it is then read whole).
    Optional<StoreContents> recorded =
        unfinished.isPresent() ? Optional.empty() : StoreContents.read(store.dir());
    Map<String, String> stored =
        recorded
            .map(StoreContents::articles)
            .orElseGet(() -> store.read(() -> StoredArticles.read(store.dataset())));
    boolean codeChanged = !stored.isEmpty() && !storedGraphsMadeByThisCode(store, unfinished);
    boolean asThisCodeLeftIt =
        recorded.isPresent() && store.builtBy().equals(Optional.of(fingerprint));
    boolean hasMerged = store.read(() -> store.dataset().containsGraph(Iris.MERGED_GRAPH.asNode()));
    // Into a store that holds nothing yet, the article graphs go through TDB2's bulk loader.
    boolean inBulk = stored.isEmpty() && store.read(() -> store.dataset().isEmpty());
    // What a killed build or other code wrote is not in the touched set: compute it all.
    TouchedSubjects touched =
        codeChanged || unfinished.isPresent() || !hasMerged
            ? TouchedSubjects.untracked()
            : new TouchedSubjects(MAX_TOUCHED);
    store.startBuild(fingerprint);
    if (codeChanged || unfinished.isPresent()) {
      store.forgetDump();
    }
    BuildIntake intake;
    int extracted;
    List<String> failedIds;
    List<IngestProblem> failed;
    Map<String, String> writtenNames;
    Map<String, String> renamedAfterLoad;
    try (BatchedExtraction extraction =
        new BatchedExtraction(
            store,
            extractors,
            mapper,
            threads,
            batchSize,
            stored.size(),
            inBulk,
            touched,
            COMPACT_FLOOR,
            progress)) {
      intake = new BuildIntake(store, stored, codeChanged, extraction);
      articles.forEach(intake);
      extracted = extraction.finish();
      failedIds = extraction.failedIds();
      failed = extraction.failed();
      writtenNames = extraction.writtenNames();
      renamedAfterLoad = extraction.renamedAfterLoad();
    }
    List<Article> renamed = intake.renamed();
    Set<String> present = intake.present();
    List<String> removed =
        stored.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();
    // A killed build may have committed article graphs without the merged graph that sums them
    // up, or without compacting: it owes both, even when this run finds nothing new.
    boolean changed =
        extracted > 0
            || !removed.isEmpty()
            || !renamed.isEmpty()
            || codeChanged
            || unfinished.isPresent();
    if (changed) {
      store.forgetDump();
    }
    MergedGraph.Difference[] merged = {new MergedGraph.Difference(0, 0, 0)};
    boolean[] recounted = {false};
    store.write(
        () -> {
          DatasetGraph dsg = store.dataset();
          for (String id : removed) {
            removeGraph(dsg, Iris.articleGraph(id).asNode(), touched);
          }
          // A graph left from older code for an article that now fails would never be retried.
          for (String id : failedIds) {
            removeGraph(dsg, Iris.articleGraph(id).asNode(), touched);
          }
          for (Article a : renamed) {
            StoredArticles.rename(dsg, a.id(), a.fileName());
          }
          renamedAfterLoad.forEach((id, fileName) -> StoredArticles.rename(dsg, id, fileName));
          // The ontology graph and prefixes are this code's when the store is as this code's last
          // build left it (the fingerprint covers the ontology files): no need to compare them.
          boolean ontologyChanged = !asThisCodeLeftIt && updateOntology(dsg);
          if (ontologyChanged) {
            store.forgetDump();
          }
          Node name = Iris.MERGED_GRAPH.asNode();
          if (ontologyChanged || touched.overflowed()) {
            CrashPoints.reach("merged-graph");
            MergedGraph.recompute(dsg, name);
            recounted[0] = true;
          } else if (!touched.changes().isEmpty()) {
            CrashPoints.reach("merged-graph");
            merged[0] = MergedGraph.update(dsg, name, touched.changes());
          }
        });
    CrashPoints.reach("merged-committed");
    if (changed) {
      if (store.compactIfGrown()) {
        CrashPoints.reach("compacted");
      }
    }
    store.builtBy(fingerprint);
    StoreCounts counts =
        recorded.isPresent() && !recounted[0]
            ? recorded.get().counts().plus(touched.quads(), merged[0])
            : store.read(() -> StoreCounts.of(store.dataset()));
    // Written after every build, after its last commit and compaction: the record must hold the
    // state digest of the store as this build leaves it.
    Map<String, String> now = new TreeMap<>(stored);
    now.keySet().removeAll(removed);
    now.keySet().removeAll(failedIds);
    now.putAll(writtenNames);
    renamed.forEach(a -> now.put(a.id(), a.fileName()));
    new StoreContents(counts, now).write(store.dir());
    return new BuildReport(
        intake.read(),
        extracted,
        intake.read() - intake.extracting(),
        removed.size(),
        codeChanged,
        unfinished.isPresent(),
        failed,
        counts.cooperations(),
        counts.entities(),
        counts.quads(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Whether the article graphs in the store were all made by the code with this build's
   * fingerprint: the last completed build and a build killed since (if any) both ran this code.
   */
  private boolean storedGraphsMadeByThisCode(TdbStore store, Optional<String> unfinished) {
    Optional<String> completed = store.builtBy();
    if (completed.isEmpty() && unfinished.isEmpty()) {
      return false;
    }
    return completed.map(fingerprint::equals).orElse(true)
        && unfinished.map(fingerprint::equals).orElse(true);
  }

  /**
   * Removes graph {@code name}, adding the subjects it gave the merged graph to {@code touched}.
   */
  static void removeGraph(DatasetGraph dsg, Node name, TouchedSubjects touched) {
    if (dsg.containsGraph(name)) {
      touched.removed(dsg.getGraph(name));
      dsg.removeGraph(name);
    }
  }

  /** Replaces the ontology graph when the packaged ontology differs; says whether it did. */
  private static boolean updateOntology(DatasetGraph dsg) {
    Model ontology = OntologyGraph.load();
    Node name = Iris.ONTOLOGY_GRAPH.asNode();
    // Written only when they differ: a build that changes nothing writes nothing, and TDB2's state
    // files stay as the dump record and the contents record saw them.
    Map<String, String> prefixes = OntologyGraph.prefixes(ontology);
    if (!dsg.prefixes().getMapping().equals(prefixes)) {
      dsg.prefixes().clear();
      dsg.prefixes().putAll(prefixes);
    }
    if (dsg.containsGraph(name) && dsg.getGraph(name).isIsomorphicWith(ontology.getGraph())) {
      return false;
    }
    GraphWrites.replaceGraph(dsg, name, ontology.getGraph());
    return true;
  }
}
