package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.generate.CorpusGenerator;
import org.sdkg.ontology.SD;
import org.sdkg.rdf.GraphAssert;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;

/**
 * {@link MergedGraph#recompute}, slice by slice, must leave exactly the merged graph {@link
 * MergedGraph#compute} gives, whatever the store held before: no merged graph, or the merged graph
 * of older articles (cooperations and entities of removed articles, other counts, statuses and
 * country pairs) with wrong statements besides. Slices of a few subjects, so a store of a few dozen
 * articles (real extraction of generated ones) is written in dozens of slices.
 */
class MergedGraphRecomputeTest {
  private static final Node MERGED = Iris.MERGED_GRAPH.asNode();
  private static final Node COOPERATES_WITH = SD.cooperatesWith.asNode();
  private static final int SLICE = 7;

  @TempDir Path tmp;

  /** The merged graph the store held before its articles changed. */
  private final Graph older = GraphFactory.createGraphMem();

  @Test
  void recompute_withoutAMergedGraph_givesTheWholeComputation() throws IOException {
    try (TdbStore store = storeWithChangedArticles()) {
      store.write(
          () -> {
            store.dataset().removeGraph(MERGED);
            MergedGraph.recompute(store.dataset(), MERGED, SLICE);
          });
      GraphAssert.assertIsomorphic(expected(store), stored(store));
    }
  }

  @Test
  void recompute_overTheMergedGraphOfOlderArticles_givesTheWholeComputation() throws IOException {
    try (TdbStore store = storeWithChangedArticles()) {
      Graph expected = expected(store);
      Node country = anySubject(expected, SD.Schema.Country.asNode());
      Node cooperation = anySubject(expected, SD.Cooperation.asNode());
      Node unknownCountry = Iris.country("ZZZ").asNode();
      Graph stale = GraphFactory.createGraphMem();
      older.find().forEachRemaining(stale::add);
      stale.add(Triple.create(unknownCountry, COOPERATES_WITH, country));
      stale.add(Triple.create(country, COOPERATES_WITH, unknownCountry));
      stale.add(Triple.create(cooperation, COOPERATES_WITH, country));
      stale.add(Triple.create(cooperation, SD.mentionCount.asNode(), integer(99)));
      Set<Node> gone = subjects(stale);
      gone.removeAll(subjects(expected));
      assertTrue(gone.size() > SLICE, gone.size() + " subjects of removed articles");
      assertFalse(stale.isIsomorphicWith(expected));

      store.write(
          () -> {
            DatasetGraph dsg = store.dataset();
            dsg.removeGraph(MERGED);
            stale.find().forEachRemaining(t -> dsg.add(new Quad(MERGED, t)));
            MergedGraph.recompute(dsg, MERGED, SLICE);
          });
      GraphAssert.assertIsomorphic(expected, stored(store));
    }
  }

  @Test
  void recompute_overACurrentMergedGraph_writesNothing() throws IOException {
    try (TdbStore store = storeWithChangedArticles()) {
      WriteCounter counter = new WriteCounter(store.dataset());
      store.write(() -> MergedGraph.recompute(counter, MERGED, SLICE));
      assertEquals(0, counter.writes);
      GraphAssert.assertIsomorphic(expected(store), stored(store));
    }
  }

  /**
   * A store built from 30 generated articles, kept in {@link #older}, then built again after 10
   * were deleted, 6 added and 3 given a later date (which changes settled statuses and dates).
   */
  private TdbStore storeWithChangedArticles() throws IOException {
    Path articles = tmp.resolve("articles");
    CorpusGenerator generator = new CorpusGenerator(11);
    generator.write(articles, 30);
    TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"));
    MergedGraphUpdateTest.build(store, articles);
    store.read(
        () -> {
          store.dataset().getGraph(MERGED).find().forEachRemaining(older::add);
          return null;
        });
    List<Path> files = MergedGraphUpdateTest.files(articles);
    for (Path file : files.subList(0, 10)) {
      Files.delete(file);
    }
    for (Path file : files.subList(10, 13)) {
      String text = Files.readString(file);
      Files.writeString(file, "date 2030-06-01" + text.substring("date YYYY-MM-DD".length()));
    }
    for (int i = 30; i < 36; i++) {
      Files.writeString(
          articles.resolve(CorpusGenerator.fileName(i)),
          generator.article(i),
          StandardCharsets.UTF_8);
    }
    BuildReport report = MergedGraphUpdateTest.build(store, articles);
    // A redated article has a new content id: its old graph is removed too.
    assertEquals(13, report.removed());
    assertEquals(9, report.extracted());
    return store;
  }

  private Graph expected(TdbStore store) {
    Graph expected = GraphFactory.createGraphMem();
    store.read(
        () -> {
          MergedGraph.compute(store.dataset()).getGraph().find().forEachRemaining(expected::add);
          return null;
        });
    assertTrue(
        subjects(expected).size() > 20 * SLICE, subjects(expected).size() + " merged subjects");
    return expected;
  }

  private static Graph stored(TdbStore store) {
    Graph stored = GraphFactory.createGraphMem();
    store.read(
        () -> {
          store.dataset().getGraph(MERGED).find().forEachRemaining(stored::add);
          return null;
        });
    return stored;
  }

  private static Set<Node> subjects(Graph graph) {
    Set<Node> subjects = new HashSet<>();
    graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
    return subjects;
  }

  private static Node anySubject(Graph graph, Node type) {
    return graph.find(Node.ANY, RDF.type.asNode(), type).next().getSubject();
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /** Counts the quads added and deleted through it, graph views included. */
  private static final class WriteCounter extends DatasetGraphWrapper {
    int writes;

    WriteCounter(DatasetGraph dsg) {
      super(dsg);
    }

    @Override
    public Graph getGraph(Node graphNode) {
      return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
      writes++;
      super.add(g, s, p, o);
    }

    @Override
    public void add(Quad quad) {
      writes++;
      super.add(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
      writes++;
      super.delete(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
      writes++;
      super.delete(quad);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
      writes++;
      super.deleteAny(g, s, p, o);
    }
  }
}
