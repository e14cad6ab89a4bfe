package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdkg.rdf.TestArticles.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.ScriptedExtractor;
import org.sdkg.extract.Status;
import org.sdkg.ingest.Article;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.OntologyGraph;
import org.sdkg.store.TdbStore;
import picocli.CommandLine;

/** {@code build}, {@code dump} and {@code stats} run as a user would, with a scripted extractor. */
class GraphCommandsTest {
  private static final String CLIMATE = "China and the United States cooperate on climate.";
  private static final String MALARIA = "China helps Comoros fight malaria.";
  private static final String SUMMARY =
      "built %s and %s: %d articles read \\(%d extracted, %d unchanged, %d removed\\), %d skipped;"
          + " %d cooperations, %d entities, %d triples in \\d+\\.\\d s";
  // Triples the mapping gives for the two scripted articles (reviewed: article node, mention,
  // cooperation and countries per article graph; merged cooperations, countries, links, and the
  // tallies: per topic, per topic and country, per topic and pair, 20 triples per cooperation).
  private static final int ARTICLE_TRIPLES = 58;
  private static final int MERGED_TRIPLES = 77;
  private static final long ONTOLOGY_TRIPLES = OntologyGraph.load().size();

  @TempDir Path tmp;
  private Path articles;
  private Path store;
  private Path ttl;
  private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
  private final Map<String, Function<Article, Extraction>> scripts =
      Map.of(
          "climate.txt",
          reporting(RelationKind.COOPERATION, "CHN", "USA", Status.ACTIVE, "climate", CLIMATE),
          "malaria.txt",
          reporting(RelationKind.AID, "CHN", "COM", Status.ACTIVE, "malaria", MALARIA));

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void articles() throws IOException {
    articles = Files.createDirectories(tmp.resolve("articles"));
    store = tmp.resolve("output/store");
    ttl = tmp.resolve("output/sdkg.ttl");
    Files.writeString(
        articles.resolve("climate.txt"), "date 2021-05-01 Talks\n\n" + CLIMATE + "\n");
    Files.writeString(articles.resolve("malaria.txt"), "date 2022-06-01 Aid\n\n" + MALARIA + "\n");
  }

  private Run run(String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == BuildCommand.class) {
              return cls.cast(new BuildCommand(() -> new ScriptedExtractor(scripts, calls)));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SdkgCommand.commandLine(factory);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run build(String... extra) {
    String[] base = {
      "build",
      "--articles",
      articles.toString(),
      "--store",
      store.toString(),
      "--output",
      ttl.toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }

  private String summary(
      int read, int extracted, int unchanged, int removed, int skipped, int triples) {
    return String.format(
        SUMMARY,
        Pattern.quote(store.toString()),
        Pattern.quote(ttl.toString()),
        read,
        extracted,
        unchanged,
        removed,
        skipped,
        2,
        3,
        triples);
  }

  @Test
  void build_twice_printsSummaries_andWritesByteIdenticalTurtle() throws IOException {
    Run first = build();
    assertEquals(0, first.exitCode(), first.err());
    String lastLine = first.err().strip();
    assertTrue(lastLine.matches(summary(2, 2, 0, 0, 0, quads())), lastLine);
    assertEquals("", first.out());
    byte[] turtle = Files.readAllBytes(ttl);
    Model parsed = ModelFactory.createDefaultModel();
    RDFDataMgr.read(parsed, ttl.toString(), Lang.TURTLE);
    assertTrue(parsed.size() > 0);

    calls.clear();
    Run second = build();
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().strip().matches(summary(2, 0, 2, 0, 0, quads())), second.err());
    assertEquals(List.of(), List.copyOf(calls));
    assertArrayEquals(turtle, Files.readAllBytes(ttl));
  }

  @Test
  void build_withNothingChanged_keepsTheDump_unlessTheDumpWasTouched() throws IOException {
    assertEquals(0, build().exitCode());
    byte[] turtle = Files.readAllBytes(ttl);
    FileTime written = Files.getLastModifiedTime(ttl);

    Run unchanged = build();
    assertEquals(0, unchanged.exitCode(), unchanged.err());
    assertEquals(written, Files.getLastModifiedTime(ttl), "the same dump, not written again");

    Files.writeString(ttl, "# edited by hand\n", StandardOpenOption.APPEND);
    assertEquals(0, build().exitCode());
    assertArrayEquals(turtle, Files.readAllBytes(ttl), "an edited dump is written again");

    Files.delete(ttl);
    assertEquals(0, build().exitCode());
    assertArrayEquals(turtle, Files.readAllBytes(ttl), "a deleted dump is written again");

    Path elsewhere = tmp.resolve("elsewhere.ttl");
    Run other =
        run(
            "build",
            "--articles",
            articles.toString(),
            "--store",
            store.toString(),
            "--output",
            elsewhere.toString());
    assertEquals(0, other.exitCode(), other.err());
    assertArrayEquals(turtle, Files.readAllBytes(elsewhere), "another --output gets the dump");
  }

  @Test
  void build_afterTheStoreWasChangedOutsideABuild_writesTheDumpAgain() throws IOException {
    assertEquals(0, build().exitCode());
    FileTime written = Files.getLastModifiedTime(ttl);
    assertEquals(0, build().exitCode());
    assertEquals(written, Files.getLastModifiedTime(ttl), "nothing changed: the dump is kept");
    // What sdkg serve --update lets a user do between builds.
    try (TdbStore tdb = TdbStore.openExisting(store)) {
      Node note = NodeFactory.createURI("https://example.org/note");
      tdb.write(() -> tdb.dataset().add(Iris.MERGED_GRAPH.asNode(), note, note, note));
    }

    Run again = build();

    assertEquals(0, again.exitCode(), again.err());
    assertTrue(
        Files.readString(ttl).contains("<https://example.org/note>"),
        "the dump shows what the store holds now");
  }

  @Test
  void build_afterAnArticleChanged_writesTheNewDump() throws IOException {
    assertEquals(0, build().exitCode());
    byte[] before = Files.readAllBytes(ttl);
    Path article = articles.resolve("climate.txt");
    Files.writeString(article, Files.readString(article).replace("2021", "2020"));
    Run changed = build();
    assertEquals(0, changed.exitCode(), changed.err());
    assertFalse(Arrays.equals(before, Files.readAllBytes(ttl)), "the dump follows the store");
  }

  @Test
  void build_filesUnchangedSinceTheLastBuild_areNotReadAgain() throws IOException {
    FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Path climate = articles.resolve("climate.txt");
    Files.setLastModifiedTime(climate, anHourAgo);
    Files.setLastModifiedTime(articles.resolve("malaria.txt"), anHourAgo);
    assertEquals(0, build().exitCode());

    // Same size and modification time: the build trusts its record and does not read the file,
    // so this edit goes unseen (as with make or git) ...
    Files.writeString(climate, Files.readString(climate).replace("2021", "2020"));
    Files.setLastModifiedTime(climate, anHourAgo);
    calls.clear();
    Run trusted = build();
    assertEquals(0, trusted.exitCode(), trusted.err());
    assertTrue(trusted.err().strip().matches(summary(2, 0, 2, 0, 0, quads())), trusted.err());
    assertEquals(List.of(), List.copyOf(calls));

    // ... until the file's time changes, as any edit does.
    Files.setLastModifiedTime(climate, FileTime.fromMillis(anHourAgo.toMillis() + 1000));
    Run changed = build();
    assertEquals(0, changed.exitCode(), changed.err());
    assertTrue(changed.err().strip().matches(summary(2, 1, 1, 1, 0, quads())), changed.err());
    assertEquals(List.of("climate.txt"), List.copyOf(calls));
  }

  @Test
  void build_noDump_updatesTheStoreOnly_aLaterBuildWritesTheDump() throws IOException {
    Run storeOnly = build("--no-dump");
    assertEquals(0, storeOnly.exitCode(), storeOnly.err());
    assertFalse(Files.exists(ttl), "no dump written");
    String summary =
        summary(2, 2, 0, 0, 0, quads()).replace(" and " + Pattern.quote(ttl.toString()), "");
    assertTrue(storeOnly.err().strip().matches(summary), storeOnly.err());

    Run withDump = build();
    assertEquals(0, withDump.exitCode(), withDump.err());
    assertTrue(Files.exists(ttl), "the dump of the unchanged store is written");
    assertTrue(withDump.err().strip().matches(summary(2, 0, 2, 0, 0, quads())), withDump.err());
  }

  @Test
  void build_rebuild_extractsEveryArticleAgain() {
    assertEquals(0, build().exitCode());
    calls.clear();
    Run again = build("--rebuild");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(List.of("climate.txt", "malaria.txt"), ScriptedExtractor.sorted(calls));
  }

  @Test
  void build_badArticle_isReportedWithItsLine_theRestIsBuilt_andExitIs1() throws IOException {
    Path bad = articles.resolve("bad.txt");
    Files.writeString(bad, "no header here\n\ntext\n");
    Run r = build();
    assertEquals(1, r.exitCode(), r.err());
    String[] lines = r.err().strip().split("\n");
    assertEquals(3, lines.length, r.err());
    assertEquals(
        "skipped: "
            + bad
            + ":1: first line must be \"date YYYY-MM-DD Title\"; found \"no header here\"",
        lines[0]);
    assertEquals("sdkg: 1 of 3 files skipped", lines[1]);
    assertTrue(lines[2].matches(summary(2, 2, 0, 0, 1, quads())), lines[2]);
  }

  @Test
  void build_maxSize_skipsLargerFilesWithTheFix() throws IOException {
    Run r = build("--max-size", "60");
    assertEquals(1, r.exitCode(), r.err());
    String[] lines = r.err().strip().split("\n");
    assertEquals(
        List.of(
            "skipped: "
                + articles.resolve("climate.txt")
                + ": is 73 bytes, over the limit of 60 bytes;"
                + " split it or raise the limit with --max-size",
            "sdkg: 1 of 2 files skipped"),
        List.of(lines[0], lines[1]));
    assertTrue(
        lines[2].startsWith("built " + store + " and " + ttl + ": 1 article read"), lines[2]);
  }

  @Test
  void build_batchOrThreadsBelowOne_isAUsageError_andLeavesTheStoreAlone() {
    for (String option : List.of("--batch", "--threads")) {
      Run r = build(option, "0");
      assertEquals(2, r.exitCode(), r.err());
      assertEquals(option + " must be at least 1; found 0", r.err().lines().findFirst().get());
      assertFalse(Files.exists(store));
    }
  }

  @Test
  void build_batchOfOne_storesEveryArticle() throws IOException {
    Run r = build("--batch", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().strip().matches(summary(2, 2, 0, 0, 0, quads())), r.err());
  }

  @Test
  void build_missingArticlesFolder_failsWithTheFix_andLeavesTheStoreAlone() {
    Run r = run("build", "--articles", tmp.resolve("nope").toString(), "--store", store.toString());
    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: "
            + tmp.resolve("nope")
            + " does not exist; put articles there or pass --articles PATH\n",
        r.err());
    assertFalse(Files.exists(store));
  }

  @Test
  void dump_nquadsToStdout_keepsTheNamedGraphs_andMatchesTheStore() {
    assertEquals(0, build().exitCode());
    Run r = run("dump", "--store", store.toString(), "--format", "nq");
    assertEquals(0, r.exitCode(), r.err());
    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(read, new StringReader(r.out()), null, Lang.NQUADS);
    assertEquals(quads(), read.stream().count());
    assertEquals(
        4,
        org.apache.jena.atlas.iterator.Iter.count(read.listGraphNodes()),
        "2 articles, merged, ontology");
  }

  @Test
  void dump_toFile_writesTheSameBytesAsBuild() throws IOException {
    assertEquals(0, build().exitCode());
    Path file = tmp.resolve("copy.ttl");
    Run r = run("dump", "--store", store.toString(), "-o", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertArrayEquals(Files.readAllBytes(ttl), Files.readAllBytes(file));
  }

  @Test
  void dump_unknownFormat_isAUsageError() {
    Run r = run("dump", "--store", store.toString(), "--format", "csv");
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "Invalid value for option '--format': unknown format \"csv\"; use one of ttl, trig,"
                    + " nq, nt, jsonld, rdfxml"),
        r.err());
  }

  @Test
  void dump_withoutStore_saysToRunBuildFirst() {
    Run r = run("dump", "--store", store.toString());
    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: no store at "
            + store
            + "; run sdkg build first, or point --store at the store folder\n",
        r.err());
  }

  @Test
  void stats_printsClassesGraphsAndCountryPairs() {
    assertEquals(0, build().exitCode());
    Run r = run("stats", "--store", store.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        String.join(
            "\n",
            "instances per class:",
            "         4  sd:CountryTally",
            "         3  schema:Country",
            "         2  schema:NewsArticle",
            "         2  sd:Cooperation",
            "         2  sd:Mention",
            "         2  sd:PairTally",
            "         2  sd:TopicTally",
            "triples per graph:",
            String.format("  %8d  <https://w3id.org/sdkg/graph/merged>", MERGED_TRIPLES),
            String.format("  %8d  <https://w3id.org/sdkg/graph/ontology>", ONTOLOGY_TRIPLES),
            String.format("  %8d  in 2 article graphs (--all-graphs lists them)", ARTICLE_TRIPLES),
            "top country pairs (cooperations, mentions):",
            "         1         1  CHN-COM",
            "         1         1  CHN-USA",
            ""),
        r.out());
  }

  private static int quads() {
    return (int) (ARTICLE_TRIPLES + MERGED_TRIPLES + ONTOLOGY_TRIPLES);
  }
}
