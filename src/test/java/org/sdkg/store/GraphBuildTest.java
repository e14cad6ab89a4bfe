package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdkg.rdf.TestArticles.evidence;
import static org.sdkg.rdf.TestArticles.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.ScriptedExtractor;
import org.sdkg.extract.Status;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.IngestProblem;
import org.sdkg.ontology.SD;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.CooperationKey;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.StoredArticles;
import org.sdkg.rdf.TestArticles;

class GraphBuildTest {
  private static final String CLIMATE_2021 = "China and the United States cooperate on climate.";
  private static final String CLIMATE_2022 = "The U.S. and China now work together on climate.";
  private static final String MALARIA = "China helps Comoros fight malaria.";

  @TempDir Path tmp;

  private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();

  private final Article proposed =
      TestArticles.article("a.txt", "2021-05-01", "Talks", CLIMATE_2021);
  private final Article active =
      TestArticles.article("b.txt", "2022-05-01", "Work begins", CLIMATE_2022);
  private final Article aid = TestArticles.article("c.txt", "2022-06-01", "Malaria", MALARIA);

  private final Map<String, Function<Article, Extraction>> scripts =
      Map.of(
          "a.txt",
          reporting(
              RelationKind.COOPERATION, "CHN", "USA", Status.PROPOSED, "climate", CLIMATE_2021),
          "b.txt",
          reporting(RelationKind.COOPERATION, "CHN", "USA", Status.ACTIVE, "climate", CLIMATE_2022),
          "c.txt",
          reporting(RelationKind.AID, "CHN", "COM", Status.ACTIVE, "malaria", MALARIA));

  private BuildReport build(TdbStore store, Article... articles) {
    return build("code-1", store, articles);
  }

  private BuildReport build(String fingerprint, TdbStore store, Article... articles) {
    GraphBuild build =
        new GraphBuild(
            () -> new ScriptedExtractor(scripts, calls),
            ArticleGraphMapper.create(),
            fingerprint,
            2,
            2);
    return build.run(store, List.of(articles), GraphBuild.Progress.NONE);
  }

  private static final Node MERGED = Iris.MERGED_GRAPH.asNode();

  private static Node climate() {
    return Iris.cooperation(
            new CooperationKey(RelationKind.COOPERATION, List.of("CHN", "USA"), "climate", ""))
        .asNode();
  }

  private static Node mention(Article a, String sentence) {
    var ev = evidence(a, sentence);
    return Iris.mention(a.id(), ev.start(), ev.end(), 0).asNode();
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(
        Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
  }

  @Test
  void build_twoArticlesReportingTheSameCooperation_giveOneMergedNodeWithMentionCount2() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      BuildReport report = build(store, proposed, active);
      assertEquals(2, report.extracted());
      assertEquals(1, report.cooperations());
      store.read(
          () -> {
            DatasetGraph dsg = store.dataset();
            Node c = climate();
            assertTrue(dsg.contains(MERGED, c, SD.mentionCount.asNode(), integer(2)));
            assertEquals(1, count(dsg, MERGED, c, SD.mentionCount.asNode()));
            assertTrue(
                dsg.contains(MERGED, c, SD.mention.asNode(), mention(proposed, CLIMATE_2021)));
            assertTrue(dsg.contains(MERGED, c, SD.mention.asNode(), mention(active, CLIMATE_2022)));
            // The later article says the cooperation is now active.
            assertTrue(dsg.contains(MERGED, c, SD.status.asNode(), SD.Active.asNode()));
            assertEquals(1, count(dsg, MERGED, c, SD.status.asNode()));
            Node chn = Iris.country("CHN").asNode();
            Node usa = Iris.country("USA").asNode();
            assertTrue(dsg.contains(MERGED, chn, SD.cooperatesWith.asNode(), usa));
            assertTrue(dsg.contains(MERGED, usa, SD.cooperatesWith.asNode(), chn));
            // The same node sits in both article graphs.
            assertTrue(
                dsg.contains(graph(proposed), c, RDF.type.asNode(), SD.Cooperation.asNode()));
            assertTrue(dsg.contains(graph(active), c, RDF.type.asNode(), SD.Cooperation.asNode()));
            return null;
          });
    }
  }

  @Test
  void build_countsByIndexRecords_asTheCountsQueryDoes() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      BuildReport report = build(store, proposed, active, aid);
      // An in-memory copy is counted by build-counts.rq and by iterating its quads.
      DatasetGraph copy = DatasetGraphFactory.create();
      store.read(
          () -> {
            copy.addAll(store.dataset());
            return null;
          });
      StoreCounts byQuery = StoreCounts.of(copy);
      // Two cooperations; China, the United States, Comoros and the article's people.
      assertEquals(2, report.cooperations());
      assertTrue(report.entities() >= 3, report.entities() + " entities");
      assertEquals(byQuery.cooperations(), report.cooperations());
      assertEquals(byQuery.entities(), report.entities());
      assertEquals(byQuery.quads(), report.triples());
    }
  }

  @Test
  void build_afterTheStoreWasChangedOutsideABuild_readsTheStoreInsteadOfItsRecord() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed, active, aid);
      assertTrue(StoreContents.read(store.dir()).isPresent(), "the build recorded the store");
      // What sdkg serve --update or Fuseki could do: drop an article graph, add a triple.
      Node stray = NodeFactory.createURI("https://example.org/stray");
      store.write(
          () -> {
            store.dataset().removeGraph(graph(aid));
            store.dataset().add(MERGED, stray, stray, stray);
          });
      assertTrue(StoreContents.read(store.dir()).isEmpty(), "the record no longer matches");
      calls.clear();

      BuildReport report = build(store, proposed, active, aid);

      assertEquals(
          List.of("c.txt"), ScriptedExtractor.sorted(calls), "extracted again: the dropped one");
      StoreCounts counted = store.read(() -> StoreCounts.of(store.dataset()));
      assertEquals(counted.quads(), report.triples());
      assertEquals(counted, StoreContents.read(store.dir()).orElseThrow().counts());
      assertEquals(
          List.of(proposed.id(), active.id(), aid.id()).stream().sorted().toList(),
          List.copyOf(StoreContents.read(store.dir()).orElseThrow().articles().keySet()));
    }
  }

  @Test
  void build_sameContentUnderTwoNamesInOneBatch_givesOneGraphNamingTheLaterFile() {
    Article copy = copyOfAid();
    GraphBuild build = buildWithCopy(2);
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      BuildReport report = build.run(store, List.of(aid, copy), GraphBuild.Progress.NONE);

      StoreCounts counted = store.read(() -> StoreCounts.of(store.dataset()));
      assertEquals(counted.quads(), report.triples());
      assertOneGraphNamingTheCopy(store);
    }
  }

  /**
   * Two files with the same content in different batches: into an empty store (bulk loaded, where
   * the earlier graph cannot be replaced) as into one that holds articles (transactions, where it
   * is), the store ends with one graph naming the later file, as the record says.
   */
  @ParameterizedTest(name = "into an empty store: {0}")
  @ValueSource(booleans = {true, false})
  void build_sameContentUnderTwoNamesInTwoBatches_givesOneGraphNamingTheLaterFile(boolean empty) {
    Article copy = copyOfAid();
    GraphBuild build = buildWithCopy(1);
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      if (!empty) {
        build.run(store, List.of(proposed), GraphBuild.Progress.NONE);
      }
      List<Article> articles = empty ? List.of(aid, active, copy) : List.of(proposed, aid, copy);
      BuildReport report = build.run(store, articles, GraphBuild.Progress.NONE);

      StoreCounts counted = store.read(() -> StoreCounts.of(store.dataset()));
      assertEquals(counted.quads(), report.triples());
      assertEquals(
          "copy.txt", StoreContents.read(store.dir()).orElseThrow().articles().get(aid.id()));
      assertOneGraphNamingTheCopy(store);
    }
  }

  @Test
  void build_onlyProposedCooperation_givesNoCooperatesWith() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed);
      long links =
          store.read(() -> count(store.dataset(), MERGED, Node.ANY, SD.cooperatesWith.asNode()));
      assertEquals(0, links);
    }
  }

  @Test
  void build_rerun_extractsNothing_andDumpsIdenticalBytes() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed, active, aid);
      byte[] first = dump(store);
      calls.clear();
      BuildReport again = build(store, proposed, active, aid);
      assertEquals(List.of(), List.copyOf(calls));
      assertEquals(0, again.extracted());
      assertEquals(3, again.unchanged());
      assertArrayEquals(first, dump(store));
    }
  }

  @Test
  void build_addedArticle_isTheOnlyOneExtracted_andDeletingItRemovesItsGraphAndMentions() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed, aid);
      byte[] before = dump(store);
      calls.clear();

      BuildReport added = build(store, proposed, aid, active);
      assertEquals(List.of("b.txt"), ScriptedExtractor.sorted(calls));
      assertEquals(1, added.extracted());
      assertEquals(2, added.unchanged());
      assertTrue(
          store.read(
              () ->
                  store
                      .dataset()
                      .contains(MERGED, climate(), SD.mentionCount.asNode(), integer(2))));

      calls.clear();
      BuildReport deleted = build(store, proposed, aid);
      assertEquals(List.of(), List.copyOf(calls));
      assertEquals(1, deleted.removed());
      store.read(
          () -> {
            DatasetGraph dsg = store.dataset();
            assertFalse(dsg.containsGraph(graph(active)));
            assertFalse(
                dsg.contains(
                    MERGED, climate(), SD.mention.asNode(), mention(active, CLIMATE_2022)));
            assertTrue(dsg.contains(MERGED, climate(), SD.mentionCount.asNode(), integer(1)));
            assertTrue(dsg.contains(MERGED, climate(), SD.status.asNode(), SD.Proposed.asNode()));
            return null;
          });
      assertArrayEquals(before, dump(store), "back to the store of the first build");
    }
  }

  @Test
  void build_afterSdkgChanged_extractsEveryArticleAgain_thenOnlyChangesAgain() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      assertFalse(build(store, proposed, aid).codeChanged(), "a new store has nothing stale");
      calls.clear();
      BuildReport upgraded = build("code-2", store, proposed, aid);
      assertTrue(upgraded.codeChanged());
      assertEquals(List.of("a.txt", "c.txt"), ScriptedExtractor.sorted(calls));
      assertEquals(2, upgraded.extracted());
      calls.clear();
      BuildReport again = build("code-2", store, proposed, aid);
      assertFalse(again.codeChanged());
      assertEquals(List.of(), List.copyOf(calls));
      assertEquals(java.util.Optional.of("code-2"), store.builtBy());
    }
  }

  /** The state a build of {@code code} killed after committing {@code article}'s graph leaves. */
  private void killedAfterWriting(TdbStore store, String code, Article article) {
    store.startBuild(code);
    var graph =
        ArticleGraphMapper.create().map(new ScriptedExtractor(scripts, calls).extract(article));
    store.write(
        () ->
            graph
                .getGraph()
                .find()
                .forEachRemaining(
                    t ->
                        store
                            .dataset()
                            .add(graph(article), t.getSubject(), t.getPredicate(), t.getObject())));
  }

  @Test
  void build_afterAKilledBuild_extractsNothingAgain_andCompletesTheMergedGraph() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed);
      killedAfterWriting(store, "code-1", active);
      assertEquals(Optional.of("code-1"), store.unfinishedBuild());
      calls.clear();

      BuildReport resumed = build(store, proposed, active);

      assertEquals(List.of(), List.copyOf(calls));
      assertTrue(resumed.resumed());
      assertFalse(resumed.codeChanged());
      assertEquals(0, resumed.extracted());
      assertTrue(
          store.read(
              () ->
                  store
                      .dataset()
                      .contains(MERGED, climate(), SD.mentionCount.asNode(), integer(2))),
          "the merged graph counts the article the killed build wrote");
      assertEquals(Optional.empty(), store.unfinishedBuild());
      assertFalse(build(store, proposed, active).resumed());
    }
  }

  @Test
  void build_afterAKilledBuildOfOtherCode_extractsEveryArticleAgain() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed);
      killedAfterWriting(store, "code-2", active);
      calls.clear();

      BuildReport report = build(store, proposed, active);

      assertTrue(report.codeChanged(), "graphs of code-2 may be in the store");
      assertEquals(List.of("a.txt", "b.txt"), ScriptedExtractor.sorted(calls));
    }
  }

  @Test
  void build_afterTheFirstBuildWasKilled_extractsOnlyTheMissingArticles() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      killedAfterWriting(store, "code-1", proposed);
      calls.clear();

      BuildReport report = build(store, proposed, active);

      assertFalse(report.codeChanged(), "the killed build ran this very code");
      assertTrue(report.resumed());
      assertEquals(List.of("b.txt"), ScriptedExtractor.sorted(calls));
      assertEquals(Optional.of("code-1"), store.builtBy());
    }
  }

  @Test
  void build_renamedFile_isNotExtractedAgain_butItsFileNameIsUpdated() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, aid);
      calls.clear();
      Article renamed =
          new Article(
              aid.id(),
              Path.of("articles", "renamed.txt"),
              "renamed.txt",
              aid.date(),
              aid.title(),
              null,
              null,
              aid.text(),
              aid.paragraphs());
      BuildReport report = build(store, renamed);
      assertEquals(List.of(), List.copyOf(calls));
      assertEquals(1, report.unchanged());
      Node article = Iris.article(aid.id()).asNode();
      store.read(
          () -> {
            DatasetGraph dsg = store.dataset();
            assertTrue(
                dsg.contains(
                    graph(aid),
                    article,
                    SD.fileName.asNode(),
                    NodeFactory.createLiteralString("renamed.txt")));
            assertEquals(1, count(dsg, graph(aid), article, SD.fileName.asNode()));
            return null;
          });
    }
  }

  @Test
  void build_extractorFailsOnOneArticle_reportsItAndBuildsTheOthers() {
    Article unknown = TestArticles.article("unscripted.txt", "2022-01-01", "Odd", "Nothing here.");
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      BuildReport report = build(store, aid, unknown);
      assertEquals(1, report.extracted());
      assertEquals(
          List.of(
              new IngestProblem(
                  unknown.path(),
                  0,
                  "extraction failed (java.lang.IllegalStateException: no script for"
                      + " unscripted.txt); this is a bug in sdkg, please report it with the file")),
          report.failed());
      assertTrue(store.read(() -> store.dataset().containsGraph(graph(aid))));
      assertFalse(store.read(() -> store.dataset().containsGraph(graph(unknown))));
    }
  }

  @Test
  void build_articleThatFailsAfterSdkgChanged_losesItsOldGraph_soTheNextBuildRetriesIt() {
    Map<String, Function<Article, Extraction>> failing = new java.util.HashMap<>(scripts);
    failing.remove("c.txt");
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, proposed, aid);
      BuildReport report =
          new GraphBuild(
                  () -> new ScriptedExtractor(failing, calls),
                  ArticleGraphMapper.create(),
                  "code-2",
                  2,
                  2)
              .run(store, List.of(proposed, aid), GraphBuild.Progress.NONE);
      assertEquals(1, report.failed().size());
      assertFalse(store.read(() -> store.dataset().containsGraph(graph(aid))));
      calls.clear();
      build("code-2", store, proposed, aid);
      assertEquals(List.of("c.txt"), ScriptedExtractor.sorted(calls));
    }
  }

  @Test
  void build_afterTheOntologyGraphWasEditedInTheStore_restoresIt() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, aid);
      Node ontology = Iris.ONTOLOGY_GRAPH.asNode();
      long triples = store.read(() -> (long) store.dataset().getGraph(ontology).size());
      store.write(
          () -> {
            store.dataset().deleteAny(ontology, SD.Cooperation.asNode(), Node.ANY, Node.ANY);
            store.dataset().prefixes().delete("sd");
          });

      build(store, aid);

      store.read(
          () -> {
            DatasetGraph dsg = store.dataset();
            assertEquals(triples, dsg.getGraph(ontology).size());
            assertEquals("https://w3id.org/sdkg/ontology#", dsg.prefixes().get("sd"));
            return null;
          });
    }
  }

  @Test
  void build_writesTheOntologyGraph_andItsPrefixes() {
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      build(store, aid);
      store.read(
          () -> {
            DatasetGraph dsg = store.dataset();
            assertTrue(
                dsg.contains(
                    Iris.ONTOLOGY_GRAPH.asNode(),
                    SD.Cooperation.asNode(),
                    RDF.type.asNode(),
                    OWL.Class.asNode()));
            assertEquals("https://w3id.org/sdkg/ontology#", dsg.prefixes().get("sd"));
            assertEquals("https://w3id.org/sdkg/id/country/", dsg.prefixes().get("country"));
            return null;
          });
    }
  }

  /**
   * 21 articles, batches of 2: when the build asks for article k, at least k - 4 have been written.
   * Into a store that holds articles the written ones are counted in the store; a bulk load (an
   * empty store) shows nothing until it finishes, so there the count is the build's progress, which
   * counts an article as its batch is written.
   */
  @ParameterizedTest(name = "into an empty store: {0}")
  @ValueSource(booleans = {true, false})
  void build_readsArticlesWhileWritingAndHoldsAtMostTwoBatches(boolean empty) {
    Map<String, Function<Article, Extraction>> many = new java.util.HashMap<>(scripts);
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      String sentence = "China helps Comoros fight malaria, year " + (2000 + i) + ".";
      Article a = TestArticles.article(i + ".txt", "2022-06-01", "Malaria " + i, sentence);
      many.put(
          a.fileName(),
          reporting(RelationKind.AID, "CHN", "COM", Status.ACTIVE, "malaria", sentence));
      articles.add(a);
    }
    GraphBuild build =
        new GraphBuild(
            () -> new ScriptedExtractor(many, calls), ArticleGraphMapper.create(), "code-1", 2, 2);
    List<Integer> storedWhenHanded = new java.util.ArrayList<>();
    List<Integer> writtenWhenHanded = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger progress =
        new java.util.concurrent.atomic.AtomicInteger();
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      List<Article> before = empty ? List.of() : List.of(proposed);
      build.run(store, before, GraphBuild.Progress.NONE);
      List<Article> all = new java.util.ArrayList<>(before);
      all.addAll(articles);
      BuildReport report =
          build.run(
              store,
              sink -> {
                for (Article a : all) {
                  writtenWhenHanded.add(progress.get());
                  if (!empty) {
                    storedWhenHanded.add(
                        store.read(() -> StoredArticles.read(store.dataset()).size() - 1));
                  }
                  sink.article(a);
                }
              },
              progress::set);
      assertEquals(all.size(), report.read());
      assertEquals(21, report.extracted());
      assertEquals(21, progress.get());
      assertEquals(all.size(), store.read(() -> StoredArticles.read(store.dataset()).size()));
    }
    List<Integer> handed =
        writtenWhenHanded.subList(writtenWhenHanded.size() - 21, writtenWhenHanded.size());
    for (int k = 0; k < handed.size(); k++) {
      assertTrue(handed.get(k) >= k - 4, "article " + k + " handed with only " + handed.get(k));
    }
    assertEquals(List.of(0, 0, 0, 0, 2, 2, 4, 4), handed.subList(0, 8));
    if (!empty) {
      assertEquals(List.of(0, 0, 0, 0, 2, 2, 4, 4), storedWhenHanded.subList(1, 9), "in the store");
    }
  }

  /** The aid article's text under another file name: the same content id. */
  private Article copyOfAid() {
    Article copy = TestArticles.article("copy.txt", "2022-06-01", "Malaria", MALARIA);
    assertEquals(aid.id(), copy.id(), "same content, same id");
    return copy;
  }

  /** A build whose extractor knows copy.txt too, in batches of {@code batchSize}. */
  private GraphBuild buildWithCopy(int batchSize) {
    Map<String, Function<Article, Extraction>> withCopy = new java.util.HashMap<>(scripts);
    withCopy.put("copy.txt", scripts.get("c.txt"));
    return new GraphBuild(
        () -> new ScriptedExtractor(withCopy, calls),
        ArticleGraphMapper.create(),
        "code-1",
        2,
        batchSize);
  }

  /** The aid article's graph names only the later file, copy.txt, and so does the store's list. */
  private void assertOneGraphNamingTheCopy(TdbStore store) {
    store.read(
        () -> {
          assertEquals("copy.txt", StoredArticles.read(store.dataset()).get(aid.id()));
          List<Node> names =
              store
                  .dataset()
                  .getGraph(graph(aid))
                  .find(Node.ANY, SD.fileName.asNode(), Node.ANY)
                  .mapWith(t -> t.getObject())
                  .toList();
          assertEquals(List.of(NodeFactory.createLiteralString("copy.txt")), names);
          return null;
        });
  }

  private static Node graph(Article a) {
    return Iris.articleGraph(a.id()).asNode();
  }

  private static long count(DatasetGraph dsg, Node g, Node s, Node p) {
    long n = 0;
    var it = dsg.find(g, s, p, Node.ANY);
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }

  private static byte[] dump(TdbStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Dumper(store).write(DumpFormat.TTL, Optional.empty(), out);
    return out.toByteArray();
  }
}
