package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdkg.TestPaths;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestResult;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.GraphAssert;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;
import org.sdkg.rdf.OntologyGraph;

/**
 * The whole pipeline on fixed articles: each folder of {@code src/test/resources/golden/} holds an
 * {@code article.txt} and the reviewed {@code expected.trig} (its article graph and the merged
 * graph). After a deliberate change of the extractor or the mapping, regenerate with {@code
 * -Dsdkg.golden.write=true}, review the diff by hand, and commit it; the run that writes fails so
 * it can never pass by itself.
 */
class GoldenGraphTest {
  private static final Path GOLDEN = TestPaths.project().resolve("src/test/resources/golden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void pipeline_goldenArticle_givesTheReviewedGraphs(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    IngestResult ingest =
        new ArticleReader(IngestOptions.defaults()).read(List.of(dir.resolve("article.txt")));
    assertEquals(List.of(), ingest.skipped());
    Article article = ingest.articles().get(0);

    DatasetGraph actual = DatasetGraphFactory.createTxnMem();
    Node articleGraph = Iris.articleGraph(article.id()).asNode();
    ArticleGraphMapper.create()
        .map(Extractors.newExtractor().extract(article))
        .getGraph()
        .find()
        .forEachRemaining(
            t -> actual.add(articleGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    Node merged = Iris.MERGED_GRAPH.asNode();
    MergedGraph.compute(actual)
        .getGraph()
        .find()
        .forEachRemaining(t -> actual.add(merged, t.getSubject(), t.getPredicate(), t.getObject()));

    Path expectedFile = dir.resolve("expected.trig");
    if (Boolean.getBoolean("sdkg.golden.write")) {
      write(actual, expectedFile);
      fail("wrote " + expectedFile + "; review it against the article and commit it");
    }
    DatasetGraph expected = DatasetGraphFactory.createTxnMem();
    RDFParser.source(expectedFile).lang(Lang.TRIG).parse(expected);
    GraphAssert.assertIsomorphic(expected, actual);
  }

  private static void write(DatasetGraph dsg, Path file) throws IOException {
    var prefixes = PrefixMapFactory.create(OntologyGraph.prefixes(OntologyGraph.load()));
    List<Quad> quads = new ArrayList<>();
    dsg.find().forEachRemaining(quads::add);
    quads.sort(Comparator.comparing(SortableLine.QUAD::of));
    DatasetGraph sorted = StableOrder.dataset(quads, prefixes);
    try (OutputStream out = Files.newOutputStream(file)) {
      RDFWriter.source(sorted).format(RDFFormat.TRIG_PRETTY).output(out);
    }
  }
}
