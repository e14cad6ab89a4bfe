package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.SdkgProcess;

/**
 * {@code sdkg watch} as a real process: it builds, then updates the store after each change to the
 * article files (added, in a new folder, removed, unreadable) without updating again for its own
 * writes; stopped with SIGTERM while waiting, it releases the store, and a {@code sdkg build}
 * afterwards finds nothing to do.
 */
class WatchCommandTest {
  private static final Duration RUN = Duration.ofMinutes(2);
  private static final List<String> EXAMPLES =
      List.of(
          "2021-12-19-china-science-diplomacy.txt",
          "2017-05-16-wikipedia-sesame.txt",
          "2025-07-24-nasa-artemis-accords-senegal.txt",
          "2006-04-19-us-china-science-technology-agreement.txt");
  private static final String WATCHING = "watching %d %s for changes; Ctrl-C stops";

  @TempDir Path dir;

  @Test
  void watch_updatesTheStoreAfterEachChange_andReleasesItWhenStopped() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    copyExample(0, articles);
    copyExample(1, articles);
    List<String> args =
        List.of(
            "--articles",
            "articles",
            "--store",
            "output/store",
            "--output",
            "output/sdkg.ttl",
            "--threads",
            "1");
    try (SdkgProcess watch =
        SdkgProcess.start(dir, Optional.empty(), command("watch", args, "--quiet", "200"))) {
      awaitUpdate(watch, 1, "2 articles read (2 extracted, 0 unchanged, 0 removed), 0 skipped");
      awaitLine(watch, String.format(WATCHING, 1, "folder"));

      copyExample(2, articles);
      awaitUpdate(watch, 2, "3 articles read (1 extracted, 2 unchanged, 0 removed), 0 skipped");

      Path more = Files.createDirectories(articles.resolve("more"));
      awaitUpdate(watch, 3, "3 articles read (0 extracted, 3 unchanged, 0 removed), 0 skipped");
      awaitLine(watch, String.format(WATCHING, 2, "folders"));
      copyExample(3, more);
      awaitUpdate(watch, 4, "4 articles read (1 extracted, 3 unchanged, 0 removed), 0 skipped");

      Files.delete(articles.resolve(EXAMPLES.get(0)));
      awaitUpdate(watch, 5, "3 articles read (0 extracted, 3 unchanged, 1 removed), 0 skipped");

      Files.writeString(articles.resolve("empty.txt"), "");
      awaitUpdate(watch, 6, "3 articles read (0 extracted, 3 unchanged, 0 removed), 1 skipped");
      assertTrue(
          watch.err().contains("skipped: articles/empty.txt: is empty;"),
          "the problem is reported and watching goes on:\n" + watch.err());

      // An update reads the articles and writes the store, the dump and the records: none of that
      // is a change, so no further update comes (own output inside the watched folder is
      // FolderWatcherTest's case). Waiting is the only way to see an absence; 1.5 s is the quiet
      // period seven times over, and an update of nothing takes well under a second here.
      Thread.sleep(1500);
      assertEquals(6, updates(watch), watch.err());
      watch.stop(RUN);
    }
    byte[] dump = Files.readAllBytes(dir.resolve("output/sdkg.ttl"));

    try (SdkgProcess build = SdkgProcess.start(dir, Optional.empty(), command("build", args))) {
      assertEquals(1, build.awaitExit(RUN), "1 file skipped: " + build.err());
      assertTrue(
          build.err().contains("3 articles read (0 extracted, 3 unchanged, 0 removed), 1 skipped;"),
          build.err());
    }
    assertArrayEquals(
        dump, Files.readAllBytes(dir.resolve("output/sdkg.ttl")), "the dump watch left is current");
  }

  @Test
  void watch_missingArticles_failsWithTheFix() throws Exception {
    try (SdkgProcess watch =
        SdkgProcess.start(dir, Optional.empty(), List.of("watch", "--articles", "nowhere"))) {
      assertEquals(1, watch.awaitExit(RUN));
      assertEquals(
          "sdkg: nowhere does not exist; put articles there or pass --articles PATH\n",
          watch.err());
    }
  }

  private static List<String> command(String name, List<String> args, String... more) {
    List<String> command = new java.util.ArrayList<>(List.of(name));
    command.addAll(args);
    command.addAll(List.of(more));
    return command;
  }

  private void copyExample(int i, Path folder) throws Exception {
    Path from = Path.of("articles", EXAMPLES.get(i));
    Path temp = dir.resolve("." + from.getFileName());
    // Written aside and moved in, as a feed would, so the file appears whole.
    Files.copy(from, temp);
    Files.move(temp, folder.resolve(from.getFileName()));
  }

  /** Waits for the n-th update summary and checks what it counted. */
  private static void awaitUpdate(SdkgProcess watch, int n, String counts) throws Exception {
    watch.awaitErrLines(line -> line.startsWith("built "), n, "update " + n, RUN);
    String summary = summaries(watch).get(n - 1);
    assertTrue(
        Pattern.compile(
                "built output/store and output/sdkg\\.ttl: "
                    + Pattern.quote(counts)
                    + "; \\d+ cooperations?, \\d+ entit(y|ies), \\d+ triples in [0-9.]+ s")
            .matcher(summary)
            .matches(),
        "update " + n + ": " + summary + "\nstderr:\n" + watch.err());
  }

  private static void awaitLine(SdkgProcess watch, String line) throws Exception {
    watch.awaitErrLine(line::equals, '"' + line + '"', RUN);
  }

  private static int updates(SdkgProcess watch) {
    return summaries(watch).size();
  }

  private static List<String> summaries(SdkgProcess watch) {
    return watch.err().lines().filter(l -> l.startsWith("built ")).toList();
  }
}
