package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sdkg.cli.CrashCorpus.DUMP;
import static org.sdkg.cli.CrashCorpus.STORE;
import static org.sdkg.cli.CrashCorpus.assertDumpIs;
import static org.sdkg.cli.CrashCorpus.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdkg.SdkgProcess;
import org.sdkg.store.CodeFingerprint;

/**
 * Crash safety of {@code sdkg build}: a real build process is killed with SIGKILL at each {@link
 * KillPoint}, then {@code sdkg build} runs again with the same arguments; the store must open and
 * hold exactly the graphs of a clean build, {@code output/sdkg.ttl} must be the clean build's dump
 * byte for byte, and nothing may be left behind ({@link CrashCorpus#assertCleanBuild}). What the
 * killed process left is checked too, to show that it died where the point says.
 */
class BuildCrashTest {
  private static final Duration RUN = Duration.ofMinutes(4);
  private static final String MARKER = "sdkg-build-in-progress.txt";
  private static final String BULK_MARKER = "sdkg-bulk-load-in-progress.txt";
  private static final String COMPACTED_SIZE = "sdkg-compacted-size.txt";
  // Left by the earlier build of the points that start from one.
  private static final String READ_FILES = "sdkg-read-files.tsv";
  private static final String CONTENTS = "sdkg-contents.tsv";
  private static final String BUILT_BY = "sdkg-built-by.txt";

  @TempDir Path dir;

  /** Where the killed build starts from. */
  enum Start {
    /** No store and no dump yet. */
    EMPTY,
    /** The complete earlier build of 36 of the 40 articles: the killed build adds 4. */
    EARLIER_BUILD,
    /**
     * The earlier build, its compaction record lowered to 1 byte so that the store's files count as
     * grown and the killed build compacts ({@link org.sdkg.store.TdbStore#compactIfGrown}).
     */
    EARLIER_BUILD_OUTGROWN,
    /** The earlier build, and both builds run with {@code --rebuild}. */
    REBUILD
  }

  /** What the rerun says before its summary. */
  enum Rerun {
    SAYS_NOTHING(""),
    COMPLETES("the last build of output/store was interrupted; this build completed its work\n"),
    MAKES_STORE_ANEW(
        "the first build of output/store was interrupted while loading the articles; this build"
            + " made the store anew\n");

    final String says;

    Rerun(String says) {
      this.says = says;
    }
  }

  /**
   * Where the build is killed ({@code null}: while compacting, see {@link #awaitCompaction}), how
   * many articles the rerun must extract, whether it must say that it completes an interrupted
   * build, and the TDB2 data folder the store ends in (a higher number means one more compaction).
   */
  enum KillPoint {
    STORE_CREATED(Start.EMPTY, "store-opened", 40, Rerun.SAYS_NOTHING, "Data-0001"),
    EXTRACTING(Start.EMPTY, "extracted@3", 40, Rerun.COMPLETES, "Data-0001"),
    MID_BULK_LOAD(Start.EMPTY, "bulk-write@1", 40, Rerun.MAKES_STORE_ANEW, "Data-0001"),
    BULK_LOADED_MARKER_LEFT(Start.EMPTY, "bulk-loaded", 40, Rerun.MAKES_STORE_ANEW, "Data-0001"),
    MID_MERGED_GRAPH_TRANSACTION(Start.EMPTY, "merged-graph", 0, Rerun.COMPLETES, "Data-0001"),
    WRITING_BUILT_BY(Start.EMPTY, "rename-file:sdkg-built-by.txt", 0, Rerun.COMPLETES, "Data-0001"),
    MID_FIRST_DUMP(Start.EMPTY, "write-file:sdkg.ttl", 0, Rerun.SAYS_NOTHING, "Data-0001"),
    INCREMENTAL_MID_BATCH_TRANSACTION(
        Start.EARLIER_BUILD, "batch-write@1", 4, Rerun.COMPLETES, "Data-0001"),
    INCREMENTAL_BATCH_COMMITTED(
        Start.EARLIER_BUILD, "batch-committed@1", 0, Rerun.COMPLETES, "Data-0001"),
    INCREMENTAL_MERGED_COMMITTED(
        Start.EARLIER_BUILD, "merged-committed", 0, Rerun.COMPLETES, "Data-0001"),
    MID_COMPACTION(Start.EARLIER_BUILD_OUTGROWN, null, 0, Rerun.COMPLETES, "Data-0002"),
    COMPACTED(Start.EARLIER_BUILD_OUTGROWN, "compacted", 0, Rerun.COMPLETES, "Data-0002"),
    MID_DUMP_REPLACEMENT(
        Start.EARLIER_BUILD, "write-file:sdkg.ttl", 0, Rerun.SAYS_NOTHING, "Data-0001"),
    DUMP_WRITTEN_NOT_RENAMED(
        Start.EARLIER_BUILD, "rename-file:sdkg.ttl", 0, Rerun.SAYS_NOTHING, "Data-0001"),
    REBUILD_DELETING_STORE(Start.REBUILD, "delete-store@5", 40, Rerun.SAYS_NOTHING, "Data-0001");

    final Start start;
    final Optional<String> crashPoint;
    final int extractedByRerun;
    final Rerun rerun;
    final String dataDir;

    KillPoint(Start start, String crashPoint, int extractedByRerun, Rerun rerun, String dataDir) {
      this.start = start;
      this.crashPoint = Optional.ofNullable(crashPoint);
      this.extractedByRerun = extractedByRerun;
      this.rerun = rerun;
      this.dataDir = dataDir;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(KillPoint.class)
  void build_killedAtPoint_rerunGivesTheCleanBuild(KillPoint point) throws Exception {
    CrashCorpus corpus = CrashCorpus.get();
    if (point.start != Start.EMPTY) {
      CrashCorpus.copyTree(corpus.earlierBuild.resolve("output"), dir.resolve("output"));
    }
    if (point.start == Start.EARLIER_BUILD_OUTGROWN) {
      Files.writeString(dir.resolve(STORE).resolve(COMPACTED_SIZE), "1\n");
    }
    List<String> args =
        point.start == Start.REBUILD ? corpus.buildArgs("--rebuild") : corpus.buildArgs();
    try (SdkgProcess killed =
        SdkgProcess.start(dir, point.crashPoint.or(() -> Optional.of("trace")), args)) {
      if (point.crashPoint.isEmpty()) {
        awaitCompaction(killed, dir.resolve(STORE).resolve("Data-0002-tmp"));
      } else {
        killed.awaitCrashPoint(point.crashPoint.get().replaceAll("@\\d+$", ""), RUN);
      }
      killed.kill();
    }
    assertLeftAtKill(point, corpus);

    try (SdkgProcess rerun = SdkgProcess.start(dir, Optional.empty(), args)) {
      assertEquals(0, rerun.awaitExit(RUN), rerun.err());
      assertTrue(
          rerun
              .err()
              .matches(
                  Pattern.quote(point.rerun.says) + corpus.summaryPattern(point.extractedByRerun)),
          rerun.err());
    }
    corpus.assertCleanBuild(dir, point.dataDir);
  }

  /**
   * Compaction happens inside Jena, where no crash point can be put: with the points traced, wait
   * until the build has committed the merged graph, then until TDB2's compaction folder appears.
   * {@link #assertLeftAtKill} checks that the kill came before compaction finished.
   */
  private static void awaitCompaction(SdkgProcess build, Path compactionFolder) throws Exception {
    build.awaitErrLine(
        line -> line.startsWith("sdkg: crash point merged-committed passed"),
        "the trace of merged-committed",
        RUN);
    long deadline = System.nanoTime() + RUN.toNanos();
    while (!Files.isDirectory(compactionFolder)) {
      if (build.err().contains("sdkg: crash point compacted")) {
        fail("compaction ended before its folder " + compactionFolder + " was seen");
      }
      if (System.nanoTime() > deadline) {
        fail("no compaction within " + RUN + "; stderr:\n" + build.err());
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  /** What the killed build left shows that it died at its point. */
  private void assertLeftAtKill(KillPoint point, CrashCorpus corpus) throws Exception {
    Path store = dir.resolve(STORE);
    Path dump = dir.resolve(DUMP);
    switch (point) {
      case STORE_CREATED -> {
        assertEquals(List.of("Data-0001", "tdb.lock"), names(store));
        assertFalse(Files.exists(dump));
      }
      case EXTRACTING, MID_MERGED_GRAPH_TRANSACTION ->
          assertEquals(List.of("Data-0001", MARKER, "tdb.lock"), names(store));
      case MID_BULK_LOAD, BULK_LOADED_MARKER_LEFT -> {
        assertEquals(List.of("Data-0001", MARKER, BULK_MARKER, "tdb.lock"), names(store));
        assertOnlyBuildOpens(store);
      }
      case MID_COMPACTION ->
          assertEquals(
              List.of(
                  "Data-0001",
                  "Data-0002-tmp",
                  MARKER,
                  BUILT_BY,
                  COMPACTED_SIZE,
                  CONTENTS,
                  READ_FILES,
                  "tdb.lock"),
              names(store),
              "killed while compacting into Data-0002-tmp");
      case COMPACTED -> {
        assertEquals(
            List.of(
                "Data-0002", MARKER, BUILT_BY, COMPACTED_SIZE, CONTENTS, READ_FILES, "tdb.lock"),
            names(store));
        long recorded = Long.parseLong(Files.readString(store.resolve(COMPACTED_SIZE)).strip());
        assertTrue(recorded > 1, "the compacted size is recorded before the kill: " + recorded);
      }
      case WRITING_BUILT_BY -> {
        List<String> names = names(store);
        assertEquals(5, names.size(), names.toString());
        assertTrue(names.get(0).matches("\\.sdkg-built-by\\.txt\\.\\d+\\.tmp"), names.toString());
        assertEquals(List.of("Data-0001", MARKER, COMPACTED_SIZE, "tdb.lock"), names.subList(1, 5));
      }
      case MID_FIRST_DUMP -> {
        assertFalse(Files.exists(dump), "no dump rather than a truncated one");
        assertPartial(onlyTempDump(), corpus);
      }
      case MID_DUMP_REPLACEMENT -> {
        assertDumpIs(corpus.earlierDump, dump, "the earlier dump, untouched");
        assertPartial(onlyTempDump(), corpus);
      }
      case DUMP_WRITTEN_NOT_RENAMED -> {
        assertDumpIs(corpus.earlierDump, dump, "the earlier dump, untouched");
        assertDumpIs(corpus.cleanDump, onlyTempDump(), "the complete new dump, not yet renamed");
      }
      case INCREMENTAL_MID_BATCH_TRANSACTION,
          INCREMENTAL_BATCH_COMMITTED,
          INCREMENTAL_MERGED_COMMITTED ->
          assertEquals(
              List.of(
                  "Data-0001", MARKER, BUILT_BY, COMPACTED_SIZE, CONTENTS, READ_FILES, "tdb.lock"),
              names(store));
      case REBUILD_DELETING_STORE -> {
        assertFalse(Files.exists(store), "the store is gone in one rename");
        assertTrue(Files.isDirectory(dir.resolve("output/.store.deleting")));
      }
    }
    Path marker = store.resolve(MARKER);
    if (Files.exists(marker)) {
      assertEquals(CodeFingerprint.current() + "\n", Files.readString(marker));
    }
  }

  /** A store whose bulk load was interrupted is refused by every command but build. */
  private void assertOnlyBuildOpens(Path store) throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("stats", "--store", "output/store"),
            List.of("query", "countries", "--store", "output/store"),
            List.of("dump", "--store", "output/store", "-o", "output/partial.ttl"),
            List.of("validate", "--store", "output/store"));
    for (List<String> command : commands) {
      try (SdkgProcess other = SdkgProcess.start(dir, Optional.empty(), command)) {
        assertEquals(1, other.awaitExit(RUN), other.err());
        assertEquals(
            "sdkg: the store output/store is incomplete: its first build was interrupted while"
                + " loading the articles; run sdkg build again, which makes it anew\n",
            other.err(),
            String.join(" ", command));
      }
    }
    assertFalse(Files.exists(dir.resolve("output/partial.ttl")));
    assertTrue(Files.exists(store.resolve(BULK_MARKER)), "still for the rerun to see");
  }

  private static void assertPartial(Path temp, CrashCorpus corpus) throws IOException {
    long size = Files.size(temp);
    assertTrue(
        size >= 64 * 1024 && size < corpus.cleanDump.length,
        "a partial dump of " + size + " bytes");
  }

  private Path onlyTempDump() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("output"))) {
      List<Path> temps =
          files
              .filter(p -> p.getFileName().toString().matches("\\.sdkg\\.ttl\\.\\d+\\.tmp"))
              .toList();
      assertEquals(1, temps.size(), temps.toString());
      return temps.get(0);
    }
  }
}
