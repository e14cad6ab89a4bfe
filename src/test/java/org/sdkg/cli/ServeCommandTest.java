package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.StandaloneFuseki;

/** {@code sdkg serve} as a command: banner, shutdown and option checking. */
class ServeCommandTest {
  private static final Pattern DATASET_LINE =
      Pattern.compile(
          "^  dataset   (http://127\\.0\\.0\\.1:(\\d+)/sdkg)  \\(default graph", Pattern.MULTILINE);

  @TempDir Path tmp;

  @Test
  void serve_printsModeAndEndpointsAndStopsCleanlyWhenInterrupted() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () -> {
              var cl = SdkgCommand.commandLine();
              cl.setOut(new PrintWriter(new StringWriter()));
              cl.setErr(new PrintWriter(err, true));
              exit.set(cl.execute("serve", "--store", store.toString(), "--port", "0"));
            });
    serving.start();
    try {
      Matcher m = awaitLine(err, DATASET_LINE);
      String ds = m.group(1);
      String base = "http://127.0.0.1:" + m.group(2);

      assertEquals(
          Fixtures.COOPERATION_ROWS, Fixtures.rows(ds, Fixtures.query("cooperation-rows.rq")));
      assertEquals(
          "serving store "
              + store
              + " as read-only\n"
              + "  UI        "
              + base
              + "/#/dataset/sdkg/query\n"
              + "  examples  "
              + base
              + "/examples\n"
              + "  dataset   "
              + ds
              + "  (default graph: the union of all named graphs)\n"
              + "  "
              + ds
              + "/sparql   SPARQL query (also /query and the dataset URL itself)\n"
              + "  "
              + ds
              + "/get      Graph Store Protocol, read (?default or ?graph=IRI)\n"
              + "  "
              + ds
              + "/data     Graph Store Protocol, read\n"
              + "  "
              + base
              + "/$/ping, "
              + base
              + "/$/stats\n"
              + "  query timeout 30000 ms; no result limit; SERVICE disabled\n"
              + "press Ctrl-C to stop\n",
          err.toString());
    } finally {
      serving.interrupt();
      serving.join(20_000);
    }
    assertEquals(0, exit.get(), err.toString());
    // Fuseki's run area is neither created beside the store nor in the working directory.
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(store), files.toList());
    }
    assertTrue(
        err.toString().endsWith("press Ctrl-C to stop\nserver stopped, store closed\n"),
        err.toString());
  }

  @Test
  void serve_updateWithoutLogin_isUsageError() {
    CliTest.Run r = CliTest.run("serve", "--update");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "--update needs --user NAME --password-file FILE (or --shiro FILE): writes are never open to"
                    + " anonymous users\n"),
        r.err());
  }

  @Test
  void serve_loginWithoutUpdate_isUsageError() {
    CliTest.Run r = CliTest.run("serve", "--user", "u", "--password-file", "pw");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "--user, --password-file and --shiro only apply with --update (queries are open)\n"),
        r.err());
  }

  @Test
  void serve_missingPasswordFile_failsNamingIt() {
    Path pw = tmp.resolve("missing.pw");

    CliTest.Run r =
        CliTest.run("serve", "--update", "--user", "u", "--password-file", pw.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: " + pw + ": password file not found; create it with the password on line 1\n",
        r.err());
  }

  @Test
  void serve_missingShiroFile_failsNamingIt() {
    Path ini = tmp.resolve("shiro.ini");

    CliTest.Run r = CliTest.run("serve", "--update", "--shiro", ini.toString());

    assertEquals(1, r.exitCode());
    assertEquals("sdkg: " + ini + ": no such Shiro file; check --shiro\n", r.err());
  }

  @Test
  void serve_shiroAndUser_isUsageError() {
    CliTest.Run r =
        CliTest.run("serve", "--update", "--shiro", "s.ini", "--user", "u", "--password-file", "p");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().startsWith("give either --shiro FILE or --user/--password-file, not both\n"),
        r.err());
  }

  @Test
  void serve_missingStore_failsNamingTheFolder() {
    Path missing = tmp.resolve("nowhere");

    CliTest.Run r = CliTest.run("serve", "--store", missing.toString(), "--port", "0");

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: no store at "
            + missing
            + "; run sdkg build first, or point --store at the store folder\n",
        r.err());
  }

  @Test
  void serve_storeHeldByAnotherServer_failsNamingTheProcess() throws Exception {
    Path store = Fixtures.createStore(tmp.resolve("store"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    try (StandaloneFuseki other =
        StandaloneFuseki.start(work, "--loc", store.toAbsolutePath().toString(), "/other")) {

      CliTest.Run r = CliTest.run("serve", "--store", store.toString(), "--port", "0");

      assertEquals(1, r.exitCode());
      assertTrue(
          r.err()
              .matches(
                  "sdkg: the store "
                      + Pattern.quote(store.toString())
                      + " is in use by process \\d+ \\(another sdkg build, sdkg serve or a Fuseki"
                      + " server\\); wait for it to finish or stop it, then run again\n"),
          r.err());
    }
  }

  @Test
  void serve_onAllInterfacesWithUpdate_warnsBeforeStarting() throws Exception {
    Path missing = tmp.resolve("nowhere");
    Path pw = Files.writeString(tmp.resolve("pw"), "secret\n");

    CliTest.Run r =
        CliTest.run(
            "serve",
            "--store",
            missing.toString(),
            "--host",
            "0.0.0.0",
            "--update",
            "--user",
            "u",
            "--password-file",
            pw.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "sdkg: warning: --host 0.0.0.0 makes the endpoint reachable from other machines; anyone"
            + " who reaches it can query the whole store\n"
            + "sdkg: warning: with --update the password travels unencrypted over HTTP; put an HTTPS"
            + " proxy in front or keep --host 127.0.0.1\n"
            + "sdkg: no store at "
            + missing
            + "; run sdkg build first, or point --store at the store folder\n",
        r.err());
  }

  @Test
  void serve_badTimeout_isRejectedWhileParsing() {
    CliTest.Run r = CliTest.run("serve", "--timeout", "soon");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "Invalid value for option '--timeout': 'soon' is not a duration; write e.g. 60, 90s, 500ms or 5m\n"),
        r.err());
  }

  @Test
  void serve_badDatasetName_isUsageError() {
    CliTest.Run r = CliTest.run("serve", "--dataset", "my data");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith("--dataset 'my data': use letters, digits, '.', '_' or '-', e.g. /sdkg\n"),
        r.err());
  }

  private static Matcher awaitLine(StringWriter err, Pattern line) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      Matcher m = line.matcher(err.toString());
      if (m.find()) {
        return m;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not print its endpoints:\n" + err);
  }
}
