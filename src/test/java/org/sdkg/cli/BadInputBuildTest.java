package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.BadInputCorpus;
import org.sdkg.Fixtures;
import org.sdkg.TestPaths;
import org.sdkg.store.TdbStore;

/**
 * One {@code sdkg build}, as a user runs it, over every kind of the bad-input corpus beside the
 * project's good articles: every good article ends up in the store with its title and date and with
 * the same graph a build of the good articles alone gives; every bad file gets one line naming it,
 * the reason and the fix; the counts of the summary add up; the exit code is 1; nothing on stderr
 * is a stack trace; and the store dumps to RDF/XML and conforms to the shapes.
 */
class BadInputBuildTest {
  private static final Pattern BUILT =
      Pattern.compile(
          "built (.+) and (.+): (\\d+) articles read \\((\\d+) extracted, 0 unchanged, 0 removed\\),"
              + " (\\d+) skipped; \\d+ cooperations, \\d+ entities, \\d+ triples in \\d+\\.\\d s");

  @TempDir Path tmp;

  @AfterEach
  void removeLinksOutOfTheTempDir() {
    BadInputCorpus.removeLinksOutOf(tmp.resolve("articles"));
  }

  record Run(int exitCode, String out, String err, String systemErr) {}

  @Test
  void build_givenEveryBadInputBesideGoodArticles_keepsAllGoodOnesAndReportsEachBadOneOnce()
      throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    BadInputCorpus.makeAllIn(articles);
    List<Path> good = goodArticles();
    for (Path g : good) {
      Files.copy(g, Files.createDirectories(articles.resolve("good")).resolve(g.getFileName()));
    }
    Path store = tmp.resolve("store");
    Path ttl = tmp.resolve("sdkg.ttl");

    Run run =
        sdkg(
            "build",
            "--articles",
            articles.toString(),
            "--store",
            store.toString(),
            "--output",
            ttl.toString());
    LocalDate today = LocalDate.now();

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    for (String stderr : List.of(run.err(), run.systemErr())) {
      assertFalse(stderr.contains("\tat "), stderr);
      assertFalse(stderr.contains("Exception"), stderr);
      assertFalse(stderr.contains("internal error"), stderr);
    }
    List<String> lines = new ArrayList<>(Arrays.asList(run.err().split("\n")));
    String built = lines.remove(lines.size() - 1);
    String fileSummary = lines.remove(lines.size() - 1);
    List<String> expectedLines = new ArrayList<>();
    int files = good.size();
    int filesSkipped = 0;
    int linesSkipped = 0;
    int articlesRead = good.size();
    for (BadInputCorpus kind : BadInputCorpus.values()) {
      BadInputCorpus.Outcome o = kind.outcome();
      o.notes().forEach(n -> expectedLines.add("note: " + n));
      o.skipped().forEach(s -> expectedLines.add("skipped: " + BadInputCorpus.on(today, s)));
      files += o.files();
      filesSkipped += o.filesSkipped();
      linesSkipped += o.linesSkipped();
      articlesRead += o.articles().size();
    }
    assertEquals(
        expectedLines.stream().sorted().toList(),
        lines.stream().map(l -> BadInputCorpus.relative(articles, l)).sorted().toList());
    assertEquals(
        "sdkg: "
            + filesSkipped
            + " of "
            + files
            + " files skipped, "
            + linesSkipped
            + " lines skipped",
        fileSummary);
    Matcher m = BUILT.matcher(built);
    assertTrue(m.matches(), built);
    assertEquals(articlesRead, Integer.parseInt(m.group(3)), built);
    assertEquals(articlesRead, Integer.parseInt(m.group(4)), built);
    assertEquals(filesSkipped + linesSkipped, Integer.parseInt(m.group(5)), built);

    List<List<String>> stored = storedArticles(store);
    List<List<String>> expectedArticles = new ArrayList<>();
    for (Path g : good) {
      String header = Files.readAllLines(g).get(0).strip();
      expectedArticles.add(
          List.of(g.getFileName().toString(), header.substring(5, 15), header.substring(16)));
    }
    BadInputCorpus.allArticles()
        .forEach(a -> expectedArticles.add(List.of(a.fileName(), a.date().toString(), a.title())));
    assertEquals(
        sorted(expectedArticles), sorted(stored.stream().map(r -> r.subList(0, 3)).toList()));
    // The summary adds up: every counted file was read (giving the articles in the store or a
    // duplicate of one) or skipped.
    long sourceFiles =
        stored.stream().map(r -> r.get(0).replaceAll("#\\d+$", "")).distinct().count();
    int duplicates = BadInputCorpus.DUPLICATE_UNDER_TWO_NAMES.outcome().notes().size();
    assertEquals(files, sourceFiles + duplicates + filesSkipped);

    assertGoodArticleGraphsAsInACleanBuild(store, stored, good);
    assertDumpsToRdfXmlAndConforms(store, ttl);
  }

  /** The bad inputs beside them change nothing in the good articles' graphs. */
  private void assertGoodArticleGraphsAsInACleanBuild(
      Path store, List<List<String>> stored, List<Path> good) throws IOException {
    Path clean = Files.createDirectories(tmp.resolve("clean"));
    for (Path g : good) {
      Files.copy(g, clean.resolve(g.getFileName()));
    }
    Path cleanStore = tmp.resolve("clean-store");
    Run run =
        sdkg(
            "build",
            "--articles",
            clean.toString(),
            "--store",
            cleanStore.toString(),
            "--output",
            tmp.resolve("clean.ttl").toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> graphByFile = new HashMap<>();
    stored.forEach(r -> graphByFile.put(r.get(0), r.get(3)));
    Map<String, String> cleanGraphByFile = new HashMap<>();
    storedArticles(cleanStore).forEach(r -> cleanGraphByFile.put(r.get(0), r.get(3)));
    assertEquals(good.size(), cleanGraphByFile.size());
    try (TdbStore mixed = TdbStore.openExisting(store);
        TdbStore alone = TdbStore.openExisting(cleanStore)) {
      for (Map.Entry<String, String> e : cleanGraphByFile.entrySet()) {
        assertEquals(e.getValue(), graphByFile.get(e.getKey()), "same content id");
        Node name = org.apache.jena.graph.NodeFactory.createURI(e.getValue());
        Graph a = mixed.read(() -> copy(mixed.dataset().getGraph(name)));
        Graph b = alone.read(() -> copy(alone.dataset().getGraph(name)));
        assertTrue(a.size() > 0, e.getKey());
        assertTrue(a.isIsomorphicWith(b), e.getKey() + " differs from a build without bad input");
      }
    }
  }

  private void assertDumpsToRdfXmlAndConforms(Path store, Path ttl) {
    Path xml = tmp.resolve("sdkg.rdf");
    Run dump =
        sdkg("dump", "--store", store.toString(), "--format", "rdfxml", "-o", xml.toString());
    assertEquals(0, dump.exitCode(), dump.err());
    Model fromXml = ModelFactory.createDefaultModel();
    RDFDataMgr.read(fromXml, xml.toString(), Lang.RDFXML);
    Model fromTurtle = ModelFactory.createDefaultModel();
    RDFDataMgr.read(fromTurtle, ttl.toString(), Lang.TURTLE);
    assertTrue(fromXml.size() > 0);
    assertTrue(fromXml.isIsomorphicWith(fromTurtle), "RDF/XML and Turtle dumps hold the same");

    Run validate = sdkg("validate", "--store", store.toString());
    assertEquals(0, validate.exitCode(), validate.out() + validate.err());
  }

  private static Graph copy(Graph g) {
    Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(out::add);
    return out;
  }

  /** Rows of {@code article-headlines.rq}: file name, date, title, graph. */
  private static List<List<String>> storedArticles(Path dir) {
    try (TdbStore store = TdbStore.openExisting(dir)) {
      return store.read(
          () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExec exec =
                QueryExec.dataset(store.dataset())
                    .query(Fixtures.query("article-headlines.rq"))
                    .build()) {
              RowSet rs = exec.select();
              rs.forEachRemaining(
                  b ->
                      rows.add(
                          List.of(
                              b.get("fileName").getLiteralLexicalForm(),
                              b.get("date").getLiteralLexicalForm(),
                              b.get("title").getLiteralLexicalForm(),
                              b.get("g").getURI())));
            }
            return rows;
          });
    }
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    return rows.stream()
        .sorted((x, y) -> String.join("\t", x).compareTo(String.join("\t", y)))
        .toList();
  }

  private static List<Path> goodArticles() throws IOException {
    try (Stream<Path> files = Files.list(TestPaths.project().resolve("articles"))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Runs sdkg in this JVM; stderr of the JVM (loggers) is captured too. */
  private static Run sdkg(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    try {
      var cl = SdkgCommand.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(args);
      return new Run(
          code, out.toString(), err.toString(), systemErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }
}
