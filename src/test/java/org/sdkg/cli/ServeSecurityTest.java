package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.Http;
import org.sdkg.LoopbackListener;
import org.sdkg.store.Credentials;

/**
 * The safe defaults of {@code sdkg serve}, checked from outside: a real {@code sdkg serve} process
 * (read-only, as started without options) and a second one with {@code --update --user
 * --password-file}, talked to over HTTP only.
 */
class ServeSecurityTest {
  private static final String TURTLE = "text/turtle";
  private static final String GRAPH = "?graph=https://e.org/g";

  /** A Java stack frame ("at org.x.Y.m(Y.java:12)") or a chained cause, anywhere in a body. */
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(\\bat [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\))"
              + "|Caused by: |\\.\\.\\. \\d+ more");

  @TempDir static Path tmp;
  static ServeProcess readOnly;
  static ServeProcess writable;
  static Credentials editor = new Credentials("editor", "s3cret-pw");

  @BeforeAll
  static void start() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path writableStore = Fixtures.createStore(tmp.resolve("writable"));
    Path pw = Files.writeString(tmp.resolve("editor.pw"), editor.password() + "\n");
    readOnly = ServeProcess.start(tmp, store);
    writable =
        ServeProcess.start(
            tmp,
            writableStore,
            "--update",
            "--user",
            editor.user(),
            "--password-file",
            pw.toString());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (ServeProcess p : new ServeProcess[] {readOnly, writable}) {
      if (p != null) {
        p.close();
      }
    }
  }

  @Test
  void byDefault_everyWriteIsRefusedAndTheStoreIsUnchanged() {
    String ds = readOnly.dataset();
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";

    Http.Response update =
        Http.send("POST", ds + "/update", "application/sparql-update", "DROP ALL", null);
    Http.Response put = Http.send("PUT", ds + "/data" + GRAPH, TURTLE, turtle, null);
    Http.Response post = Http.send("POST", ds + "/data" + GRAPH, TURTLE, turtle, null);
    Http.Response delete = Http.send("DELETE", ds + "/data" + GRAPH, TURTLE, "", null);
    Http.Response updateAtQuery =
        Http.send("POST", ds + "/sparql", "application/sparql-update", "DROP ALL", null);
    Http.Response updateAtDataset =
        Http.send("POST", ds, "application/sparql-update", "DROP ALL", null);
    Http.Response updateForm =
        Http.send(
            "POST", ds + "/sparql", "application/x-www-form-urlencoded", "update=DROP+ALL", null);

    assertEquals(405, update.status(), update.body());
    assertTrue(update.body().contains("HTTP method POST is not supported by this URL"));
    assertEquals(List.of(405, "HTTP method not allowed: PUT : Read-only\n"), of(put));
    assertEquals(List.of(405, "HTTP method not allowed: POST : Read-only\n"), of(post));
    assertEquals(List.of(405, "HTTP method not allowed: DELETE : Read-only\n"), of(delete));
    assertEquals(415, updateAtQuery.status(), updateAtQuery.body());
    assertEquals(400, updateAtDataset.status(), updateAtDataset.body());
    assertEquals(List.of(400, "SPARQL Query: No 'query=' parameter\n"), of(updateForm));
    assertEquals(Fixtures.QUADS, Fixtures.countQuads(ds));
  }

  @Test
  void refusals_leaveTheConnectionUsableForTheNextRequest() {
    String ds = readOnly.dataset();
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";
    List<String> failures = new ArrayList<>();

    // Java's client reuses one connection; before UnreadBodies about 1 in 70 requests after a
    // refusal found it closed by the server and got no answer.
    for (int i = 0; i < 200; i++) {
      try {
        assertEquals(405, Http.send("PUT", ds + "/data" + GRAPH, TURTLE, turtle, null).status());
        assertEquals(
            405,
            Http.send("POST", ds + "/update", "application/sparql-update", "DROP ALL", null)
                .status());
      } catch (IllegalStateException e) {
        failures.add(i + ": " + e.getMessage());
      }
    }

    assertEquals(List.of(), failures);
  }

  @Test
  void withUpdate_writesNeedTheLogin_readsDoNot() {
    String ds = writable.dataset();
    String turtle = "<https://e.org/s> <https://e.org/p> 1 .";
    String login = editor.basicAuthorization();
    String wrong = new Credentials(editor.user(), "guess").basicAuthorization();
    String insert =
        "INSERT DATA { GRAPH <https://e.org/u> { <https://e.org/s> <https://e.org/p> 2 } }";
    long before = Fixtures.countQuads(ds);

    List<Http.Response> refused = new ArrayList<>();
    for (String auth : new String[] {null, wrong}) {
      refused.add(Http.send("PUT", ds + "/data" + GRAPH, TURTLE, turtle, auth));
      refused.add(Http.send("POST", ds + "/data" + GRAPH, TURTLE, turtle, auth));
      refused.add(Http.send("DELETE", ds + "/data" + GRAPH, TURTLE, "", auth));
      refused.add(Http.send("POST", ds + "/update", "application/sparql-update", insert, auth));
    }
    long afterRefused = Fixtures.countQuads(ds);
    Http.Response put = Http.send("PUT", ds + "/data" + GRAPH, TURTLE, turtle, login);
    Http.Response update =
        Http.send("POST", ds + "/update", "application/sparql-update", insert, login);
    Http.Response delete = Http.send("DELETE", ds + "/data" + GRAPH, TURTLE, "", login);

    for (Http.Response r : refused) {
      assertEquals(401, r.status(), r.body());
    }
    assertEquals(before, afterRefused);
    assertEquals(
        List.of("Basic realm=\"sdkg\""),
        header(ds + "/update", "WWW-Authenticate"),
        "the 401 names the login scheme");
    assertEquals(201, put.status(), put.body());
    assertEquals(204, update.status(), update.body());
    assertEquals(204, delete.status(), delete.body());
    assertEquals(before + 1, Fixtures.countQuads(ds));
    assertEquals(200, Http.get(ds + "/get?graph=https://e.org/u", TURTLE).status());
  }

  @Test
  void serviceClause_isRefusedAndTheServerNeverCallsOut() throws Exception {
    try (LoopbackListener listener = new LoopbackListener()) {
      String target = listener.url() + "/sparql";
      String sparql = readOnly.dataset() + "/sparql";

      Http.Response plain =
          Http.query(sparql, "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }", "text/csv");
      Http.Response silent =
          Http.query(
              sparql, "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }", "text/csv");
      Http.Response variable =
          Http.query(
              sparql,
              "SELECT * { VALUES ?x { <" + target + "> } SERVICE ?x { ?s ?p ?o } }",
              "text/csv");

      String refusal =
          "SERVICE execution disabled - enable with"
              + " symbol:http://jena.apache.org/ARQ#httpServiceAllowed\n";
      assertEquals(List.of(422, refusal), of(plain));
      assertEquals(List.of(422, refusal), of(variable));
      // SILENT turns the refusal into an empty answer, as the standard says for failures.
      assertEquals(List.of(200, "s,p,o\r\n,,\r\n"), of(silent));
      assertFalse(
          listener.connected(Duration.ofMillis(500)),
          "the server connected to the SERVICE address");
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc/net/tcp");
    // The workplace forbids traffic to non-loopback addresses, so instead of connecting to one,
    // the kernel's table of listening sockets says which address the port is bound to.
    Set<String> bound = ListeningSockets.addresses(readOnly.port());
    Set<String> wildcard;
    try (ServeProcess open =
        ServeProcess.start(tmp, Fixtures.createStore(tmp.resolve("open")), "--host", "0.0.0.0")) {
      wildcard = ListeningSockets.addresses(open.port());
      assertTrue(open.output().startsWith("sdkg: warning: --host 0.0.0.0 makes the endpoint"));
    }

    assertEquals(Set.of("127.0.0.1"), bound);
    // The same reading sees a server opened to the network: the check can fail.
    assertEquals(Set.of("0.0.0.0"), wildcard);
  }

  @Test
  void staticFolders_areNotListed() {
    String base = readOnly.base();

    Http.Response folder = Http.get(base + "/static/", "text/html");
    Http.Response noSlash = Http.get(base + "/static", "text/html");
    Http.Response ui = Http.get(base + "/", "text/html");

    assertEquals(403, folder.status());
    assertFalse(folder.body().contains(".js"), folder.body());
    assertFalse(folder.body().contains("Directory"), folder.body());
    // Java's client follows no redirects by default: /static answers 302 to /static/.
    assertEquals(302, noSlash.status());
    assertEquals(200, ui.status());
    assertTrue(ui.body().contains("<title>Apache Jena Fuseki UI</title>"), ui.body());
  }

  @Test
  void errorBodies_carryNoStackTrace() {
    String ds = readOnly.dataset();
    String base = readOnly.base();
    record Case(String name, Http.Response response, int status) {}
    List<Case> cases =
        List.of(
            new Case("bad query", Http.query(ds + "/sparql", "SELEKT *", "text/csv"), 400),
            new Case(
                "bad regex",
                Http.query(ds + "/sparql", "SELECT * { FILTER(REGEX('a', '(')) }", "text/csv"),
                400),
            new Case("bad graph", Http.get(ds + "/get?graph=not%20an%20iri", TURTLE), 404),
            new Case("no graph", Http.get(ds + "/get?graph=https://e.org/none", TURTLE), 404),
            new Case("no such path", Http.get(base + "/nothing/here", "text/html"), 404),
            new Case("no such dataset", Http.get(base + "/other/sparql", "text/html"), 404),
            new Case(
                "wrong method", Http.send("DELETE", ds + "/sparql", "text/plain", "", null), 405),
            new Case("TRACE", Http.send("TRACE", base + "/", "text/plain", "", null), 405),
            new Case("bad %-escape", Http.rawGet(readOnly.port(), "/sdkg/sparql?query=%zz"), 400),
            new Case(
                "bad %-escape in form",
                Http.send(
                    "POST", ds + "/sparql", "application/x-www-form-urlencoded", "query=%zz", null),
                400),
            new Case(
                "unknown body type",
                Http.send("POST", ds + "/sparql", "application/x-nope", "x", null),
                415),
            new Case(
                "bad upload",
                Http.send(
                    "PUT",
                    writable.dataset() + "/data" + GRAPH,
                    TURTLE,
                    "<a> <b> .",
                    editor.basicAuthorization()),
                400),
            new Case(
                "bad update",
                Http.send(
                    "POST",
                    writable.dataset() + "/update",
                    "application/sparql-update",
                    "INSERT GARBAGE",
                    editor.basicAuthorization()),
                400));

    for (Case c : cases) {
      assertEquals(c.status(), c.response().status(), c.name() + ": " + c.response().body());
      assertFalse(
          STACK_TRACE.matcher(c.response().body()).find(), c.name() + ": " + c.response().body());
    }
    assertEquals(
        List.of(
            400,
            "Bad request: a parameter is not valid percent-encoding (Not valid encoding '%zz');"
                + " write '%' as %25\n"),
        of(cases.get(8).response()));
  }

  @Test
  void uploads_resolveNoExternalEntityAndFetchNoJsonLdContext() throws Exception {
    String secret = "TOP-SECRET-" + ProcessHandle.current().pid();
    Path secretFile = Files.writeString(tmp.resolve("secret.txt"), secret + "\n");
    Path context =
        Files.writeString(
            tmp.resolve("context.jsonld"),
            "{\"@context\": {\"p\": \"https://e.org/" + secret + "#\"}}");
    String login = editor.basicAuthorization();
    String data = writable.dataset() + "/data?graph=https://e.org/xxe";
    String get = writable.dataset() + "/get?graph=https://e.org/xxe";

    Http.Response rdfXml =
        Http.send(
            "PUT", data, "application/rdf+xml", ExternalEntitiesTest.rdfXml(secretFile), login);
    Http.Response stored = Http.get(get, "application/n-triples");
    Http.Response jsonLd =
        Http.send(
            "PUT",
            data,
            "application/ld+json",
            "{\"@context\": \"" + context.toUri() + "\", \"@id\": \"https://e.org/s\", \"p:x\": 1}",
            login);
    Http.Response afterJsonLd = Http.get(get, "application/n-triples");

    assertEquals(201, rdfXml.status(), rdfXml.body());
    assertEquals(List.of(200, "<https://e.org/s> <https://e.org/p> \"\" .\n"), of(stored));
    assertEquals(
        List.of(
            400,
            "JSON-LD @context "
                + context.toUri().toString().replace("file:///", "file:/")
                + " is not loaded: sdkg never fetches contexts (they could read local files or"
                + " call other servers); put the context inline in the file\n"),
        of(jsonLd));
    assertEquals(of(stored), of(afterJsonLd));
    assertFalse(writable.output().contains(secret));
  }

  private static List<Object> of(Http.Response r) {
    return List.of(r.status(), r.body());
  }

  private static List<String> header(String url, String name) {
    try {
      HttpResponse<Void> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url))
                      .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
                      .header("Content-Type", "application/sparql-update")
                      .timeout(Duration.ofSeconds(30))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return r.headers().allValues(name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
