package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdkg.cli.CrashCorpus.DUMP;
import static org.sdkg.cli.CrashCorpus.STORE;
import static org.sdkg.cli.CrashCorpus.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.SdkgProcess;

/** Two {@code sdkg build} processes on one store: TDB2's process lock, seen from the outside. */
class StoreInUseTest {
  private static final Duration RUN = Duration.ofMinutes(4);

  @TempDir Path dir;

  @Test
  void secondBuild_onAStoreInUse_failsFastNamingTheStore_andTheFirstCompletes() throws Exception {
    CrashCorpus corpus = CrashCorpus.get();
    List<String> build = corpus.buildArgs();
    // The first build holds the store, half written, while the others try.
    try (SdkgProcess first = SdkgProcess.start(dir, Optional.of("bulk-write@1"), build)) {
      first.awaitCrashPoint("bulk-write", RUN);
      for (List<String> second : List.of(build, corpus.buildArgs("--rebuild"))) {
        long start = System.nanoTime();
        try (SdkgProcess other = SdkgProcess.start(dir, Optional.empty(), second)) {
          assertEquals(1, other.awaitExit(RUN), other.err());
          assertEquals(
              "sdkg: the store output/store is in use by process "
                  + first.pid()
                  + " (another sdkg build, sdkg serve or a Fuseki server); wait for it to finish"
                  + " or stop it, then run again\n",
              other.err());
        }
        System.out.printf(
            "StoreInUseTest: sdkg %s refused in %.1f s%n",
            String.join(" ", second.subList(0, 1))
                + (second.contains("--rebuild") ? " --rebuild" : ""),
            (System.nanoTime() - start) / 1e9);
      }
      assertEquals(
          List.of(
              "Data-0001",
              "sdkg-build-in-progress.txt",
              "sdkg-bulk-load-in-progress.txt",
              "tdb.lock"),
          names(dir.resolve(STORE)),
          "the refused builds changed nothing");
      assertFalse(Files.exists(dir.resolve(DUMP)));

      first.resume();
      assertEquals(0, first.awaitExit(RUN), first.err());
      assertTrue(
          first.err().matches("sdkg: crash point bulk-write\n" + corpus.summaryPattern(40)),
          first.err());
    }
    corpus.assertCleanBuild(dir, "Data-0001");
  }
}
