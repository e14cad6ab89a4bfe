package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;
import org.sdkg.TestPaths;
import org.sdkg.serve.Access;
import org.sdkg.serve.EmbeddedFuseki;
import org.sdkg.serve.ServeOptions;
import org.sdkg.store.Credentials;
import org.sdkg.store.TdbStore;

/** {@code sdkg load} into {@code sdkg serve --update --user}: the two commands work together. */
class LoadIntoServeTest {
  @TempDir Path tmp;

  @Test
  void load_intoServeWithUpdate_isRefusedWithoutLoginAndAcceptedWithIt() throws Exception {
    Path source = Fixtures.createStore(tmp.resolve("source"));
    Path target = tmp.resolve("target");
    TdbStore.openOrCreate(target).close();
    Path pw = Files.writeString(tmp.resolve("editor.pw"), "pa55word\n");
    ServeOptions options =
        new ServeOptions(
            target,
            "127.0.0.1",
            0,
            "/kg",
            new Access.Update(new Credentials("editor", "pa55word")),
            Duration.ofSeconds(30),
            0,
            false,
            tmp.resolve("fuseki-run"),
            TestPaths.project().resolve("queries"));
    try (EmbeddedFuseki server = EmbeddedFuseki.start(options)) {
      String endpoint = server.datasetUrl();

      CliTest.Run refused =
          CliTest.run("load", "--endpoint", endpoint, "--store", source.toString());
      long afterRefused = Fixtures.countQuads(endpoint);
      CliTest.Run accepted =
          CliTest.run(
              "load",
              "--endpoint",
              endpoint,
              "--store",
              source.toString(),
              "--user",
              "editor",
              "--password-file",
              pw.toString());

      assertEquals(1, refused.exitCode());
      assertEquals(0, afterRefused);
      assertEquals(
          "sdkg: 3 graph(s) not loaded: "
              + endpoint
              + "/data: the server wants a login (HTTP 401);"
              + " pass --user NAME --password-file FILE; rerun once fixed (graphs are replaced, never"
              + " duplicated)\n",
          refused.err());
      assertEquals(0, accepted.exitCode(), accepted.err());
      assertEquals(Fixtures.QUADS, Fixtures.countQuads(endpoint));
    }
  }
}
