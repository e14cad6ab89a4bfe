package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.ScriptedExtractor;
import org.sdkg.extract.Status;
import org.sdkg.ingest.Article;
import org.sdkg.rdf.ArticleGraphMapper;
import org.sdkg.rdf.TestArticles;

class TdbStoreTest {
  private static final String CLIMATE = "China and the United States cooperate on climate.";

  @TempDir Path tmp;

  private static String resource(String name) throws IOException {
    try (var in = TdbStoreTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void realFuseki_opensABuiltStore_andAnswersAQuery_whileSdkgReportsItInUse() throws Exception {
    Path dir = tmp.resolve("store");
    Article a = TestArticles.article("a.txt", "2021-05-01", "Talks", CLIMATE);
    Article b = TestArticles.article("b.txt", "2022-05-01", "More talks", CLIMATE);
    Function<Article, Extraction> climate =
        TestArticles.reporting(
            RelationKind.COOPERATION, "CHN", "USA", Status.ACTIVE, "climate", CLIMATE);
    try (TdbStore store = TdbStore.openOrCreate(dir)) {
      new GraphBuild(
              () ->
                  new ScriptedExtractor(
                      Map.of("a.txt", climate, "b.txt", climate), new ConcurrentLinkedQueue<>()),
              ArticleGraphMapper.create(),
              "test",
              1,
              8)
          .run(store, List.of(a, b), GraphBuild.Progress.NONE);
    }
    try (FusekiProcess fuseki = FusekiProcess.start(dir, tmp)) {
      String csv = fuseki.selectCsv(resource("/store/fuseki-check.rq"));
      assertEquals("a,b,mentions\r\nChina,United States,2\r\n", csv);

      StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(dir));
      assertEquals(
          "the store "
              + dir
              + " is in use by process "
              + fuseki.pid()
              + " (another sdkg build, sdkg serve or a Fuseki server); wait for it to finish or"
              + " stop it, then run again",
          e.getMessage());
    }
  }

  @Test
  void openExisting_withoutStore_saysToRunBuild() {
    StoreException e =
        assertThrows(StoreException.class, () -> TdbStore.openExisting(tmp.resolve("none")));
    assertEquals(
        "no store at "
            + tmp.resolve("none")
            + "; run sdkg build first, or point --store at the store folder",
        e.getMessage());
  }

  @Test
  void openOrCreate_onAFolderOfOtherFiles_refusesAndLeavesItAlone() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "x");
    StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(dir));
    assertEquals(
        dir + " is not empty and holds no TDB2 store; choose an empty or new folder with --store",
        e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void delete_removesAStore_butRefusesOtherFolders() throws IOException {
    Path store = tmp.resolve("store");
    StoreFixtures.storeWithSample(store, 1).close();
    TdbStore.delete(store);
    assertFalse(Files.exists(store));

    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("keep.txt"), "x");
    StoreException e = assertThrows(StoreException.class, () -> TdbStore.delete(other));
    assertEquals(
        other + " holds no TDB2 store, so --rebuild will not delete it; choose another --store",
        e.getMessage());
    assertTrue(Files.exists(other.resolve("keep.txt")));
  }

  /**
   * A store as a deletion killed half-way leaves it (sdkg used to delete in place, in reverse name
   * order): the prefix table's index and data are gone, its root block file is not.
   */
  private static Path damagedStore(Path store) throws IOException {
    StoreFixtures.storeWithSample(store, 1).close();
    Files.delete(store.resolve("Data-0001/prefixes.idn"));
    Files.delete(store.resolve("Data-0001/prefixes.dat"));
    return store;
  }

  @Test
  void openOrCreate_givenADamagedStore_saysThatRebuildMakesItAgain() throws IOException {
    Path store = damagedStore(tmp.resolve("damaged"));

    StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(store));

    assertTrue(
        e.getMessage()
            .matches(
                Pattern.quote("cannot open the store " + store + ": ")
                    + ".+; if it is damaged, sdkg build --rebuild makes it again"),
        e.getMessage());
  }

  @Test
  void delete_givenAStoreTooDamagedToOpen_deletesItAnyway() throws IOException {
    Path store = damagedStore(tmp.resolve("store"));

    TdbStore.delete(store);

    try (var left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no store, no .store.deleting");
    }
    try (TdbStore fresh = TdbStore.openOrCreate(store)) {
      assertEquals(0L, (long) fresh.read(() -> fresh.dataset().stream().count()));
    }
  }

  @Test
  void delete_givenAStoreOpenInThisProcess_refusesIt() {
    Path dir = tmp.resolve("store");
    try (TdbStore open = StoreFixtures.storeWithSample(dir, 1)) {
      StoreException e = assertThrows(StoreException.class, () -> TdbStore.delete(dir));
      assertEquals(
          "the store "
              + dir
              + " is in use by process "
              + ProcessHandle.current().pid()
              + " (another sdkg build, sdkg serve or a Fuseki server); wait for it to finish or"
              + " stop it, then run again",
          e.getMessage());
      assertTrue(open.read(() -> open.dataset().stream().count() > 0), "still open and whole");
    }
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void atomicFile_failedWrite_keepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = tmp.resolve("out/sdkg.ttl");
    AtomicFile.write(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IOException.class,
        () ->
            AtomicFile.write(
                file,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void compactIfGrown_waitsUntilTheFilesDouble_thenCompactsKeepingTheData() {
    Node kept = NodeFactory.createURI("https://example.org/kept");
    Node churn = NodeFactory.createURI("https://example.org/churn");
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      store.write(() -> addQuads(store, kept, 100));
      assertFalse(store.compactIfGrown(), "a store never compacted counts from its size now");
      long base = store.filesSize();
      assertFalse(store.compactIfGrown(), "nothing written since");

      // Graphs written and dropped, one transaction each, leave waste until the files double.
      int rounds = 0;
      while (store.filesSize() <= 2 * base) {
        assertTrue(++rounds <= 500, "files did not double: " + store.filesSize() + " vs " + base);
        store.write(() -> addQuads(store, churn, 5000));
        store.write(() -> store.dataset().removeGraph(churn));
      }
      long grown = store.filesSize();
      assertTrue(store.compactIfGrown());
      assertTrue(store.filesSize() < grown, store.filesSize() + " after, " + grown + " before");
      assertEquals(100L, (long) store.read(() -> store.dataset().getGraph(kept).size()));
      assertFalse(store.compactIfGrown(), "compacted just now");
    }
  }

  @Test
  void compactIfWasteful_compactsPastTheFloorAtEachDoubling_keepingTheData() {
    Node kept = NodeFactory.createURI("https://example.org/kept");
    Node churn = NodeFactory.createURI("https://example.org/churn");
    Path dir = tmp.resolve("store");
    try (TdbStore store = TdbStore.openOrCreate(dir)) {
      store.write(() -> addQuads(store, kept, 100));
      long size = store.filesSize();
      assertFalse(store.compactIfWasteful(size + 1), "below the floor");
      assertTrue(store.compactIfWasteful(size), "never compacted: past the floor is enough");
      assertTrue(Files.isDirectory(dir.resolve("Data-0002")));
      long compacted = store.filesSize();
      assertFalse(store.compactIfWasteful(0), "compacted just now");

      int rounds = 0;
      while (store.filesSize() <= 2 * compacted) {
        assertTrue(++rounds <= 500, "files did not double: " + store.filesSize());
        store.write(() -> addQuads(store, churn, 5000));
        store.write(() -> store.dataset().removeGraph(churn));
      }
      assertTrue(store.compactIfWasteful(0));
      assertTrue(Files.isDirectory(dir.resolve("Data-0003")));
      assertEquals(100L, (long) store.read(() -> store.dataset().getGraph(kept).size()));
      assertFalse(
          store.compactIfGrown(), "the build's final check counts from the last compaction");
    }
  }

  @Test
  void quadCount_fromTheIndexes_equalsCountingEveryQuad_defaultGraphIncluded() {
    Node one = NodeFactory.createURI("https://example.org/one");
    Node two = NodeFactory.createURI("https://example.org/two");
    try (TdbStore store = TdbStore.openOrCreate(tmp.resolve("store"))) {
      store.write(
          () -> {
            addQuads(store, one, 30);
            addQuads(store, two, 12);
            addQuads(store, Quad.defaultGraphIRI, 5);
          });
      store.write(() -> store.dataset().removeGraph(two));
      long counted =
          store.read(
              () -> {
                long n = 0;
                for (var it = store.dataset().find(); it.hasNext(); it.next()) {
                  n++;
                }
                return n;
              });
      assertEquals(35L, counted);
      assertEquals(counted, (long) store.read(() -> StoreCounts.quads(store.dataset())));
    }
  }

  private static void addQuads(TdbStore store, Node graph, int n) {
    Node p = NodeFactory.createURI("https://example.org/p");
    for (int i = 0; i < n; i++) {
      store
          .dataset()
          .add(
              graph,
              NodeFactory.createURI("https://example.org/s" + i),
              p,
              NodeFactory.createLiteralString("v" + i));
    }
  }
}
