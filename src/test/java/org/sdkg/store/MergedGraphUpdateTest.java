package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.Extractors;
import org.sdkg.generate.CorpusGenerator;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.GraphAssert;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;

/**
 * A build that changes a few articles updates the merged graph only for what they touch ({@link
 * MergedGraph#update}); after every such build the stored merged graph must be exactly the one
 * {@link MergedGraph#compute} gives from all article graphs. Real extraction of generated articles,
 * changed the ways users change them: edited text, a new date (which can change the settled status
 * and date), deleted and added files.
 */
class MergedGraphUpdateTest {
  private static final Node MERGED = Iris.MERGED_GRAPH.asNode();

  @TempDir Path tmp;

  @Test
  void incrementalBuilds_leaveTheMergedGraphThatAWholeComputationGives() throws IOException {
    Path articles = tmp.resolve("articles");
    CorpusGenerator generator = new CorpusGenerator(5);
    generator.write(articles, 24);
    Random random = new Random(7);
    int next = 24;
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, articles);
      for (int step = 0; step < 8; step++) {
        List<Path> files = files(articles);
        Path file = files.get(random.nextInt(files.size()));
        String change;
        switch (step % 4) {
          case 0 -> {
            // Another article's last paragraph appended: new cooperations, more mentions.
            String other = Files.readString(files.get(random.nextInt(files.size())));
            String paragraph = other.substring(other.strip().lastIndexOf("\n\n")).strip();
            Files.writeString(file, Files.readString(file).strip() + "\n\n" + paragraph + "\n");
            change = "appended a paragraph to " + file.getFileName();
          }
          case 1 -> {
            // A later date: this article's reports become the latest ones.
            String text = Files.readString(file);
            String date = LocalDate.of(2030, 1, 1 + step).toString();
            Files.writeString(file, "date " + date + text.substring("date YYYY-MM-DD".length()));
            change = "redated " + file.getFileName() + " to " + date;
          }
          case 2 -> {
            Files.delete(file);
            change = "deleted " + file.getFileName();
          }
          default -> {
            Path added = articles.resolve(CorpusGenerator.fileName(next));
            Files.writeString(added, generator.article(next++), StandardCharsets.UTF_8);
            change = "added " + added.getFileName();
          }
        }
        BuildReport report = build(store, articles);
        assertTrue(report.extracted() + report.removed() > 0, change);
        assertTrue(report.extracted() <= 1, change + ": an incremental build");
        Graph expected = GraphFactory.createGraphMem();
        Graph stored = GraphFactory.createGraphMem();
        store.read(
            () -> {
              MergedGraph.compute(store.dataset())
                  .getGraph()
                  .find()
                  .forEachRemaining(expected::add);
              store.dataset().getGraph(MERGED).find().forEachRemaining(stored::add);
              return null;
            });
        assertTrue(expected.size() > 500, change + ": " + expected.size() + " merged triples");
        GraphAssert.assertIsomorphic(expected, stored);
        // The summary's counts follow by differences from the last build's record.
        StoreCounts counted = store.read(() -> StoreCounts.of(store.dataset()));
        assertEquals(
            List.of(counted.cooperations(), counted.entities(), counted.quads()),
            List.of(report.cooperations(), report.entities(), report.triples()),
            change);
      }
    }
  }

  static BuildReport build(TdbStore store, Path articles) {
    List<Article> read =
        new ArticleReader(new IngestOptions(5_000_000, LocalDate.of(2031, 1, 1)))
            .read(List.of(articles))
            .articles();
    GraphBuild build =
        new GraphBuild(
            Extractors::newExtractor, ArticleGraphMapper.create(), "code-1", 2, GraphBuild.BATCH);
    return build.run(store, read, GraphBuild.Progress.NONE);
  }

  static List<Path> files(Path dir) throws IOException {
    try (var stream = Files.list(dir)) {
      return new ArrayList<>(stream.sorted().toList());
    }
  }
}
