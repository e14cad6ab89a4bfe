package org.sdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Extractors;
import org.sdkg.extract.ParallelExtraction;
import org.sdkg.generate.CorpusGenerator;
import org.sdkg.ingest.Article;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.store.BuildReport;
import org.sdkg.store.CodeFingerprint;
import org.sdkg.store.DumpFormat;
import org.sdkg.store.Dumper;
import org.sdkg.store.GraphBuild;
import org.sdkg.store.TdbStore;

/**
 * A tiny run of the benchmark code on 50 generated articles, so the harnesses behind {@code bench/}
 * keep compiling and producing sane figures. Timing is not asserted (the machine is shared); sizes
 * and counts are.
 */
class BenchSmokeTest {
  private static final int ARTICLES = 50;
  @TempDir static Path corpus;
  private static List<Article> articles;

  @BeforeAll
  static void generate() throws IOException {
    new CorpusGenerator(1).write(corpus, ARTICLES);
    articles = ExtractionBench.read(corpus);
  }

  @Test
  void extractionBench_oneIteration_reportsPositiveRatesForBothStages() {
    ExtractionBench.Result r = ExtractionBench.run(articles, 1, 0, 1);
    assertEquals(ARTICLES, r.articles());
    // 400-800 words per article come out as more tokens (punctuation, possessives).
    assertTrue(r.tokens() > ARTICLES * 400L, "tokens: " + r.tokens());
    for (ExtractionBench.ModeResult m : List.of(r.bare(), r.extractor())) {
      assertEquals(1, m.articlesPerSecond().runs());
      assertTrue(m.articlesPerSecond().median() > 0, m.toString());
      // One worker thread cannot use more CPU time than the pass's wall time.
      assertTrue(
          m.articlesPerCpuSecond().median() >= m.articlesPerSecond().median() * 0.99, m.toString());
      double tokensPerArticle = m.tokensPerSecond().median() / m.articlesPerSecond().median();
      assertEquals((double) r.tokens() / ARTICLES, tokensPerArticle, 1e-6);
    }
    assertTrue(r.ratio().median() > 0 && Double.isFinite(r.ratio().median()), r.toString());
    assertTrue(r.cpuRatio().median() > 0 && Double.isFinite(r.cpuRatio().median()), r.toString());
  }

  @Test
  void generatedCorpus_buildsIntoStore_andItsDumpLoadsBackWithEveryQuad(@TempDir Path tmp)
      throws IOException {
    BuildReport report;
    Path nquads = tmp.resolve("dump.nq");
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      report =
          new GraphBuild(
                  Extractors::newExtractor,
                  ArticleGraphMapper.create(),
                  CodeFingerprint.current(),
                  2,
                  StoreLoadBench.GRAPHS_PER_BATCH)
              .run(store, articles, GraphBuild.Progress.NONE);
      new Dumper(store).write(DumpFormat.NQ, Optional.empty(), nquads);
    }
    assertEquals(ARTICLES, report.extracted());
    assertEquals(List.of(), report.failed());
    assertTrue(report.triples() > ARTICLES * 100L, "triples: " + report.triples());

    for (boolean bulk : List.of(true, false)) {
      Path dir = tmp.resolve(bulk ? "bulk" : "transactions");
      StoreLoadBench.Result loaded = StoreLoadBench.load(nquads, dir, bulk);
      assertEquals(report.triples(), loaded.quads());
      // One graph per article, plus the ontology and the merged graph.
      assertEquals(ARTICLES + 2, loaded.graphs());
      assertEquals(
          bulk ? 0 : 1, loaded.commits(), "bulk: no transaction; else fewer graphs than a batch");
      Path again = tmp.resolve(dir.getFileName() + ".nq");
      try (TdbStore store = TdbStore.openExisting(dir)) {
        new Dumper(store).write(DumpFormat.NQ, Optional.empty(), again);
      }
      assertEquals(
          -1L, Files.mismatch(nquads, again), "the loaded store dumps to the same bytes: " + dir);
    }
  }

  @Test
  void generatedCorpus_everyArticleYieldsRelations() {
    List<Extraction> extractions = ParallelExtraction.extractAll(articles, 2, e -> {});
    for (Extraction e : extractions) {
      assertTrue(!e.relations().isEmpty(), e.article().fileName() + " has no relation");
    }
  }
}
