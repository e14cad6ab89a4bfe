package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Http;
import org.sdkg.LoopbackListener;
import org.sdkg.StandaloneFuseki;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.HtmlFormat;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ontology.RdfFiles;

/**
 * XXE and its relatives: every reader of sdkg that takes XML-ish or linked input (RDF/XML files for
 * {@code validate} and {@code load}, JSON-LD files, HTML articles) is given a payload that points
 * at a local secret file, or at a loopback listener, and must neither read the file nor connect.
 */
class ExternalEntitiesTest {
  @TempDir Path tmp;
  private String secret;
  private Path secretFile;

  @BeforeEach
  void writeSecret() throws IOException {
    secret = "TOP-SECRET-" + System.nanoTime();
    secretFile = Files.writeString(tmp.resolve("secret.txt"), secret + "\n");
  }

  /** RDF/XML whose only literal is a general external entity naming {@code file}. */
  static String rdfXml(Path file) {
    return "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM \""
        + file.toUri()
        + "\"> ]>\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:ex=\"https://e.org/\">\n"
        + "  <rdf:Description rdf:about=\"https://e.org/s\"><ex:p>&xxe;</ex:p></rdf:Description>\n"
        + "</rdf:RDF>\n";
  }

  private static final Triple EMPTY_LITERAL =
      Triple.create(
          NodeFactory.createURI("https://e.org/s"),
          NodeFactory.createURI("https://e.org/p"),
          NodeFactory.createLiteralString(""));

  @Test
  void rdfXml_externalEntity_isReadAsNothing_byValidate() throws Exception {
    Path evil = Files.writeString(tmp.resolve("evil.rdf"), rdfXml(secretFile));

    CliTest.Run r = CliTest.run("validate", evil.toString());
    DatasetGraph parsed = RdfFiles.read(evil, w -> {});

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(evil + ": conforms\n", r.out());
    assertFalse((r.out() + r.err()).contains(secret));
    assertEquals(List.of(EMPTY_LITERAL), parsed.getDefaultGraph().find().toList());
  }

  @Test
  void rdfXml_externalEntity_isSentAsNothing_byLoad() throws Exception {
    Path evil = Files.writeString(tmp.resolve("evil.rdf"), rdfXml(secretFile));
    Path work = Files.createDirectories(tmp.resolve("fuseki"));
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(work, "--update", "--mem", "/kg")) {
      String ds = fuseki.url("/kg");

      CliTest.Run r =
          CliTest.run("load", "--endpoint", ds, "--graph", "https://e.org/g", evil.toString());
      Http.Response graph = Http.get(ds + "/get?graph=https://e.org/g", "application/n-triples");

      assertEquals(0, r.exitCode(), r.err());
      assertFalse((r.out() + r.err()).contains(secret));
      assertEquals(200, graph.status());
      assertEquals("<https://e.org/s> <https://e.org/p> \"\" .\n", graph.body());
    }
  }

  @Test
  void rdfXml_entityExpansionBomb_isStoppedByTheParser() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY a0 \"aaaaaaaaaa\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY a").append(i).append(" \"");
      entities.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path bomb =
        Files.writeString(
            tmp.resolve("bomb.rdf"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF ["
                + entities
                + "]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:ex=\"https://e.org/\"><rdf:Description rdf:about=\"https://e.org/s\">"
                + "<ex:p>&a9;</ex:p></rdf:Description></rdf:RDF>\n");
    long start = System.nanoTime();

    CliTest.Run r = CliTest.run("validate", bomb.toString());

    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                bomb
                    + ":1:1: JAXP00010001: The parser has encountered more than \"64000\" entity"
                    + " expansions in this document; this is the limit imposed by the JDK.\n"),
        r.err());
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "took too long");
  }

  @Test
  void rdfXml_externalDtdAndParameterEntity_areNeverFetched() throws Exception {
    try (LoopbackListener listener = new LoopbackListener()) {
      String url = listener.url();
      Path dtd =
          Files.writeString(
              tmp.resolve("dtd.rdf"),
              "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \""
                  + url
                  + "/evil.dtd\">\n"
                  + body("x"));
      Path parameter =
          Files.writeString(
              tmp.resolve("pe.rdf"),
              "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY % ext SYSTEM \""
                  + url
                  + "/pe.dtd\"> %ext; ]>\n"
                  + body("x"));

      CliTest.Run r = CliTest.run("validate", dtd.toString(), parameter.toString());

      assertEquals(0, r.exitCode(), r.err());
      assertEquals(dtd + ": conforms\n" + parameter + ": conforms\n", r.out());
      assertFalse(listener.connected(Duration.ofMillis(500)), "the parser fetched the DTD");
    }
  }

  @Test
  void jsonLd_remoteContext_isRefusedNamingTheFix() throws Exception {
    Path context =
        Files.writeString(
            tmp.resolve("context.jsonld"),
            "{\"@context\": {\"p\": \"https://e.org/" + secret + "#\"}}");
    try (LoopbackListener listener = new LoopbackListener()) {
      String http = listener.url() + "/context.jsonld";
      Path fromFile =
          Files.writeString(tmp.resolve("file.jsonld"), jsonLd(context.toUri().toString()));
      Path fromHttp = Files.writeString(tmp.resolve("http.jsonld"), jsonLd(http));

      CliTest.Run validate = CliTest.run("validate", fromFile.toString(), fromHttp.toString());
      CliTest.Run load =
          CliTest.run(
              "load", "--endpoint", "http://127.0.0.1:1/kg", "--dry-run", fromFile.toString());

      String refusal =
          " is not loaded: sdkg never fetches contexts (they could read local files or call other"
              + " servers); put the context inline in the file";
      String fileUrl = context.toUri().toString().replace("file:///", "file:/");
      assertEquals(1, validate.exitCode());
      assertEquals(
          fromFile
              + ": JSON-LD @context "
              + fileUrl
              + refusal
              + "\n"
              + fromHttp
              + ": JSON-LD @context "
              + http
              + refusal
              + "\n"
              + "sdkg validate: 0 graphs checked, all conform; 2 files could not be read\n",
          validate.err());
      assertEquals(1, load.exitCode());
      assertTrue(
          load.err().contains(fromFile + ": JSON-LD @context " + fileUrl + refusal), load.err());
      assertFalse((validate.out() + validate.err() + load.out() + load.err()).contains(secret));
      assertFalse(listener.connected(Duration.ofMillis(500)), "the parser fetched the context");
    }
  }

  @Test
  void html_entityDeclaration_staysUnresolvedText() throws Exception {
    String page =
        "<!DOCTYPE html [ <!ENTITY xxe SYSTEM \""
            + secretFile.toUri()
            + "\"> ]>\n"
            + "<html><head><meta property=\"article:published_time\" content=\"2021-12-19\">"
            + "</head><body><article><h1>Malaria pact &xxe;</h1>"
            + "<p>China and Comoros have worked together on malaria. &xxe;</p>"
            + "</article></body></html>\n";
    Path file = Files.writeString(tmp.resolve("page.html"), page);

    Article article =
        new HtmlFormat().parse(file, page, IngestOptions.defaults()).articles().get(0);
    CliTest.Run extract = CliTest.run("extract", "--format", "tsv", file.toString());

    assertEquals(
        "Malaria pact &xxe;\n\nChina and Comoros have worked together on malaria. &xxe;",
        article.text());
    assertEquals(0, extract.exitCode(), extract.err());
    assertFalse((extract.out() + extract.err()).contains(secret));
  }

  private static String jsonLd(String context) {
    return "{\"@context\": \"" + context + "\", \"@id\": \"https://e.org/s\", \"p:x\": \"v\"}\n";
  }

  private static String body(String value) {
    return "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:ex=\"https://e.org/\"><rdf:Description rdf:about=\"https://e.org/s\">"
        + "<ex:p>"
        + value
        + "</ex:p></rdf:Description></rdf:RDF>\n";
  }
}
