package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sdkg.TestPaths;
import org.sdkg.generate.CorpusGenerator;
import org.sdkg.rdf.GraphAssert;
import org.sdkg.store.CodeFingerprint;
import org.sdkg.store.TdbStore;

/**
 * The corpus of the crash tests and its clean builds, made once per test JVM under {@code
 * target/crash-corpus}: the six example articles plus 34 generated ones (40 articles, so a build
 * with {@code --batch 32} writes two batches), a clean build of all of them, and a complete earlier
 * build of 36 of them that incremental scenarios start from. Builds run as {@code sdkg build
 * --articles ARTICLES --store output/store --output output/sdkg.ttl --batch 32} in a scenario
 * folder.
 */
final class CrashCorpus {
  static final int ARTICLES = 40;
  static final int EARLIER_ARTICLES = 36;
  static final String STORE = "output/store";
  static final String DUMP = "output/sdkg.ttl";
  static final String BATCH = "32";
  private static final int GENERATED = ARTICLES - 6;

  private static CrashCorpus instance;

  final Path articles;

  /** A folder whose {@code output/} holds the complete build of 36 articles. */
  final Path earlierBuild;

  final byte[] cleanDump;
  final byte[] earlierDump;
  private final DatasetGraph cleanStore;

  /** "0 skipped; N cooperations, N entities, N triples" of the clean build's summary. */
  private final String counts;

  private CrashCorpus(Path root) throws IOException {
    articles = Files.createDirectories(root.resolve("articles"));
    Path earlierArticles = Files.createDirectories(root.resolve("earlier-articles"));
    try (Stream<Path> seed = Files.list(TestPaths.project().resolve("articles"))) {
      for (Path p : seed.toList()) {
        Files.copy(p, articles.resolve(p.getFileName()));
        Files.copy(p, earlierArticles.resolve(p.getFileName()));
      }
    }
    CorpusGenerator generator = new CorpusGenerator(9);
    for (int i = 0; i < GENERATED; i++) {
      String text = generator.article(i);
      Files.writeString(articles.resolve(CorpusGenerator.fileName(i)), text);
      if (i < GENERATED - (ARTICLES - EARLIER_ARTICLES)) {
        Files.writeString(earlierArticles.resolve(CorpusGenerator.fileName(i)), text);
      }
    }
    Path clean = root.resolve("clean");
    counts = build(articles, clean, ARTICLES);
    cleanDump = Files.readAllBytes(clean.resolve(DUMP));
    cleanStore = copyOf(clean.resolve(STORE));
    earlierBuild = root.resolve("earlier");
    build(earlierArticles, earlierBuild, EARLIER_ARTICLES);
    earlierDump = Files.readAllBytes(earlierBuild.resolve(DUMP));
  }

  static synchronized CrashCorpus get() {
    if (instance == null) {
      try {
        Path root = TestPaths.project().resolve("target/crash-corpus");
        deleteTree(root);
        instance = new CrashCorpus(Files.createDirectories(root));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** A clean build in this JVM; returns the counts part of its summary line. */
  private static String build(Path articles, Path dir, int count) {
    CliTest.Run r =
        CliTest.run(
            "build",
            "--articles",
            articles.toString(),
            "--store",
            dir.resolve(STORE).toString(),
            "--output",
            dir.resolve(DUMP).toString(),
            "--batch",
            BATCH);
    assertEquals(0, r.exitCode(), r.err());
    String read = count + " articles read (" + count + " extracted, 0 unchanged, 0 removed), ";
    int at = r.err().indexOf(read);
    assertTrue(at > 0, r.err());
    return r.err().substring(at + read.length(), r.err().lastIndexOf(" in "));
  }

  /** {@code sdkg build} of the whole corpus, run in a scenario folder. */
  List<String> buildArgs(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--articles",
                articles.toString(),
                "--store",
                STORE,
                "--output",
                DUMP,
                "--batch",
                BATCH));
    args.addAll(List.of(more));
    return args;
  }

  /** The stderr a build of the whole corpus ends with: its summary, the time as a pattern. */
  String summaryPattern(int extracted) {
    return Pattern.quote(
            "built output/store and output/sdkg.ttl: "
                + ARTICLES
                + " articles read ("
                + extracted
                + " extracted, "
                + (ARTICLES - extracted)
                + " unchanged, 0 removed), "
                + counts)
        + " in \\d+\\.\\d s\n";
  }

  /**
   * The build in {@code dir} is the clean one: its store opens and holds isomorphic graphs and the
   * same prefixes, its dump is the clean dump byte for byte and parses, its data folder is {@code
   * dataDir}, and no temporary file, folder or build marker is left.
   */
  void assertCleanBuild(Path dir, String dataDir) throws IOException {
    Path store = dir.resolve(STORE);
    Path dump = dir.resolve(DUMP);
    assertDumpIs(cleanDump, dump, "the clean build's dump");
    Graph parsed = GraphFactory.createDefaultGraph();
    RDFParser.source(dump).lang(Lang.TURTLE).parse(parsed);
    assertFalse(parsed.isEmpty());
    DatasetGraph rebuilt = copyOf(store);
    assertEquals(graphNames(cleanStore), graphNames(rebuilt));
    GraphAssert.assertIsomorphic(cleanStore.getDefaultGraph(), rebuilt.getDefaultGraph());
    for (String name : graphNames(cleanStore)) {
      Node graph = NodeFactory.createURI(name);
      GraphAssert.assertIsomorphic(cleanStore.getGraph(graph), rebuilt.getGraph(graph));
    }
    assertEquals(cleanStore.prefixes().getMapping(), rebuilt.prefixes().getMapping());
    assertEquals(List.of("sdkg.ttl", "store"), names(dir.resolve("output")), "no temporary files");
    assertEquals(
        List.of(
            dataDir,
            "sdkg-built-by.txt",
            "sdkg-compacted-size.txt",
            "sdkg-contents.tsv",
            "sdkg-dumped.txt",
            "sdkg-read-files.tsv",
            "tdb.lock"),
        names(store));
    assertEquals(
        CodeFingerprint.current() + "\n", Files.readString(store.resolve("sdkg-built-by.txt")));
  }

  static void assertDumpIs(byte[] expected, Path file, String what) throws IOException {
    byte[] actual = Files.readAllBytes(file);
    if (!Arrays.equals(expected, actual)) {
      fail(file + " is not " + what + ": " + actual.length + " bytes, expected " + expected.length);
    }
  }

  /** The sorted file names in {@code dir}. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static List<String> graphNames(DatasetGraph dsg) {
    List<String> names = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
    names.sort(null);
    return names;
  }

  /** The store's content in memory, read through sdkg's own way of opening a store. */
  private static DatasetGraph copyOf(Path dir) {
    try (TdbStore store = TdbStore.openExisting(dir)) {
      return store.read(
          () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.dataset().find().forEachRemaining(copy::add);
            copy.prefixes().putAll(store.dataset().prefixes());
            return copy;
          });
    }
  }
}
