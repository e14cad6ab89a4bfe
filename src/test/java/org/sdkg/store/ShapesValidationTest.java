package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdkg.TestPaths;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestResult;
import org.sdkg.ontology.ShapesValidator;
import org.sdkg.ontology.Violation;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.Iris;

/** Graphs built by the real pipeline conform to {@code ontology/shapes.ttl}. */
class ShapesValidationTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"articles", "shared:dev/articles"})
  void build_realArticles_dataGraphsConformToTheShapes(String folder) {
    Path articles =
        folder.startsWith("shared:")
            ? TestPaths.shared().resolve(folder.substring("shared:".length()))
            : TestPaths.project().resolve(folder);
    IngestResult ingest = new ArticleReader(IngestOptions.defaults()).read(List.of(articles));
    assertEquals(List.of(), ingest.skipped());
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      BuildReport report =
          new GraphBuild(Extractors::newExtractor, ArticleGraphMapper.create(), "test", 2, 8)
              .run(store, ingest.articles(), GraphBuild.Progress.NONE);
      assertEquals(List.of(), report.failed());
      assertTrue(report.cooperations() > 0, "the articles report cooperations");
      Graph data = store.read(() -> dataGraphs(store));
      List<Violation> violations = ShapesValidator.load().validate(data);
      assertEquals(List.of(), violations);
    }
  }

  @Test
  void articleGraphsWithoutTheMergedGraph_lackTheSettledStatus_andTheShapesSayIt() {
    IngestResult ingest =
        new ArticleReader(IngestOptions.defaults()).read(List.of(TestPaths.seedArticle()));
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      new GraphBuild(Extractors::newExtractor, ArticleGraphMapper.create(), "test", 1, 8)
          .run(store, ingest.articles(), GraphBuild.Progress.NONE);
      Graph articlesOnly = store.read(() -> union(store, Iris.MERGED_GRAPH.asNode()));
      List<String> messages =
          ShapesValidator.load().validate(articlesOnly).stream()
              .map(Violation::message)
              .distinct()
              .toList();
      assertEquals(
          List.of(
              "a cooperation must have exactly one sd:status: sd:Active, sd:Proposed, sd:Suspended"
                  + " or sd:Ended"),
          messages);
    }
  }

  /** The union of the article graphs and the merged graph, as the Turtle dump holds them. */
  private static Graph dataGraphs(TdbStore store) {
    return union(store, null);
  }

  private static Graph union(TdbStore store, Node leftOut) {
    Graph union = new GraphMem2Fast();
    Node ontology = Iris.ONTOLOGY_GRAPH.asNode();
    store
        .dataset()
        .find()
        .forEachRemaining(
            q -> {
              if (!q.getGraph().equals(ontology) && !q.getGraph().equals(leftOut)) {
                union.add(q.asTriple());
              }
            });
    return union;
  }
}
