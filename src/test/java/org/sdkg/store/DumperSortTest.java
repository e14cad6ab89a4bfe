package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dump's sort on disk: chunks small enough to spill give the same bytes, a triple stored in
 * several graphs is written once by the triple formats, and no sort run outlives a dump.
 */
class DumperSortTest {
  @TempDir Path tmp;

  /** Lines of about 150 characters: a chunk of 200 sorts one or two in memory, then spills. */
  private static final int TINY_CHUNK = 200;

  private static final String CHN = "https://w3id.org/sdkg/id/country/CHN";
  private static final String SCHEMA = "https://schema.org/";

  private byte[] dump(TdbStore store, DumpFormat format, int chunkChars) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Dumper(store, chunkChars, tmp).write(format, Optional.empty(), out);
    return out.toByteArray();
  }

  /** One triple stored in three graphs, and one more triple in one of them. */
  private static DatasetGraph repeated() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node chn = NodeFactory.createURI(CHN);
    Node name = NodeFactory.createURI(SCHEMA + "name");
    Node zh = NodeFactory.createLiteralLang("中国", "zh");
    for (String g : List.of("article/a", "article/b", "merged")) {
      dsg.add(NodeFactory.createURI("https://w3id.org/sdkg/graph/" + g), chn, name, zh);
    }
    dsg.add(
        NodeFactory.createURI("https://w3id.org/sdkg/graph/article/b"),
        chn,
        NodeFactory.createURI(SCHEMA + "alternateName"),
        NodeFactory.createLiteralString("PRC"));
    dsg.prefixes().add("schema", SCHEMA);
    return dsg;
  }

  private static TdbStore store(Path dir, DatasetGraph content) {
    TdbStore store = TdbStore.openOrCreate(dir);
    store.write(
        () -> {
          content.find().forEachRemaining(store.dataset()::add);
          store.dataset().prefixes().putAll(content.prefixes());
        });
    return store;
  }

  @ParameterizedTest
  @EnumSource(DumpFormat.class)
  void dump_tinyChunksSpilledAndMerged_givesTheSameBytesAsOneChunk(DumpFormat format) {
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 7)) {
      byte[] inMemory = dump(store, format, Integer.MAX_VALUE);
      byte[] merged = dump(store, format, TINY_CHUNK);
      assertArrayEquals(inMemory, merged, () -> new String(merged, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {TINY_CHUNK, Integer.MAX_VALUE})
  void dump_nTriples_tripleInThreeGraphs_isWrittenOnce(int chunkChars) {
    String nt;
    try (TdbStore store = store(tmp.resolve("s"), repeated())) {
      nt = new String(dump(store, DumpFormat.NT, chunkChars), StandardCharsets.UTF_8);
    }
    assertEquals(
        "<"
            + CHN
            + "> <https://schema.org/alternateName> \"PRC\" .\n"
            + "<"
            + CHN
            + "> <https://schema.org/name> \"中国\"@zh .\n",
        nt);
  }

  @ParameterizedTest
  @ValueSource(ints = {TINY_CHUNK, Integer.MAX_VALUE})
  void dump_turtle_tripleInThreeGraphs_isWrittenOnceInTheSubjectsBlock(int chunkChars) {
    String ttl;
    try (TdbStore store = store(tmp.resolve("s"), repeated())) {
      ttl = new String(dump(store, DumpFormat.TTL, chunkChars), StandardCharsets.UTF_8);
    }
    assertEquals(
        "PREFIX schema: <https://schema.org/>\n"
            + "\n"
            + "<https://w3id.org/sdkg/id/country/CHN>\n"
            + "        schema:alternateName  \"PRC\";\n"
            + "        schema:name           \"中国\"@zh .\n",
        ttl);
  }

  @Test
  void dump_nQuads_tripleInThreeGraphs_keepsEachGraphsCopy() {
    String nq;
    try (TdbStore store = store(tmp.resolve("s"), repeated())) {
      nq = new String(dump(store, DumpFormat.NQ, TINY_CHUNK), StandardCharsets.UTF_8);
    }
    String name = "<" + CHN + "> <https://schema.org/name> \"中国\"@zh <https://w3id.org/sdkg/graph/";
    assertEquals(
        name
            + "article/a> .\n"
            + "<"
            + CHN
            + "> <https://schema.org/alternateName> \"PRC\" <https://w3id.org/sdkg/graph/article/b> .\n"
            + name
            + "article/b> .\n"
            + name
            + "merged> .\n",
        nq);
  }

  @Test
  void dump_turtleOfRepeatedTriplesInTinyChunks_readBackByRio_isTheUnionOfTheGraphs()
      throws Exception {
    DatasetGraph content = repeated();
    byte[] bytes;
    try (TdbStore store = store(tmp.resolve("s"), content)) {
      bytes = dump(store, DumpFormat.TTL, TINY_CHUNK);
    }
    Model read = Rio.parse(new ByteArrayInputStream(bytes), "", RDFFormat.TURTLE);
    Model expected = RdfBridge.toRdf4j(content, false);
    assertEquals(2, read.size(), "statement count");
    assertTrue(Models.isomorphic(expected, read), new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void dump_toFileInTinyChunks_leavesOnlyTheDumpInItsFolder() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("out"));
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 8)) {
      new Dumper(store, TINY_CHUNK, tmp)
          .write(DumpFormat.TTL, Optional.empty(), folder.resolve("x.ttl"));
    }
    assertEquals(List.of("x.ttl"), names(folder));
    assertEquals(List.of(), openFilesUnder(folder), "sort runs still open");
  }

  @Test
  void dump_failingWhileWriting_closesAndRemovesItsSortRuns() throws IOException {
    Path scratch = Files.createDirectories(tmp.resolve("scratch"));
    IOException full = new IOException("disk full");
    OutputStream failing =
        new OutputStream() {
          private int written;

          @Override
          public void write(int b) throws IOException {
            if (++written > 100) {
              throw full;
            }
          }
        };
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 9)) {
      Dumper dumper = new Dumper(store, TINY_CHUNK, scratch);
      RuntimeException e =
          assertThrows(
              RuntimeException.class,
              () -> dumper.write(DumpFormat.TTL, Optional.empty(), failing));
      assertTrue(causes(e).contains(full), () -> "not the write's failure: " + e);
      assertEquals(List.of(), names(scratch));
      assertEquals(List.of(), openFilesUnder(scratch), "sort runs still open");
    }
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Files under {@code folder} this process has open, deleted ones included (Linux lists them in
   * /proc/self/fd); sort runs are unlinked as soon as they are opened, so only this shows a run
   * that was never closed (unless the garbage collector has closed it since: a leak is caught when
   * no collection ran in between, as in the failing-write test when tried).
   */
  private static List<String> openFilesUnder(Path folder) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs Linux's /proc");
    String prefix = folder.toRealPath() + "/";
    List<String> open = new ArrayList<>();
    try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
      for (Path fd : links) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(prefix)) {
            open.add(target);
          }
        } catch (IOException e) {
          // The descriptor of the directory listing itself, closed by now.
        }
      }
    }
    return open;
  }
}
