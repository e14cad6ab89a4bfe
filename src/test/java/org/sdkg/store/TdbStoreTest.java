package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
  @TempDir Path tmp;

  @Test
  void realFuseki_opensTheStore_andAnswersAQuery_whileSdkgReportsItInUse() throws Exception {
    Path dir = tmp.resolve("store");
    StoreFixtures.storeWithSample(dir, 1).close();
    try (FusekiProcess fuseki = FusekiProcess.start(dir, tmp)) {
      String csv =
          fuseki.selectCsv(
              "SELECT ?n WHERE { GRAPH <https://w3id.org/sdkg/graph/merged> {"
                  + " ?c <https://w3id.org/sdkg/ontology#mentionCount> ?n } }");
      assertEquals("n\r\n2\r\n", csv);

      StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(dir));
      assertEquals(
          dir
              + " is in use by another program (process "
              + fuseki.pid()
              + ", e.g. a Fuseki server or sdkg serve); stop it and run again",
          e.getMessage());
    }
  }

  @Test
  void openExisting_withoutStore_saysToRunBuild() {
    StoreException e =
        assertThrows(StoreException.class, () -> TdbStore.openExisting(tmp.resolve("none")));
    assertEquals(
        "no store at "
            + tmp.resolve("none")
            + "; run sdkg build first, or point --store at the store folder",
        e.getMessage());
  }

  @Test
  void openOrCreate_onAFolderOfOtherFiles_refusesAndLeavesItAlone() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "x");
    StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(dir));
    assertEquals(
        dir + " is not empty and holds no TDB2 store; choose an empty or new folder with --store",
        e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void delete_removesAStore_butRefusesOtherFolders() throws IOException {
    Path store = tmp.resolve("store");
    StoreFixtures.storeWithSample(store, 1).close();
    TdbStore.delete(store);
    assertFalse(Files.exists(store));

    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("keep.txt"), "x");
    StoreException e = assertThrows(StoreException.class, () -> TdbStore.delete(other));
    assertEquals(
        other + " holds no TDB2 store, so --rebuild will not delete it; choose another --store",
        e.getMessage());
    assertTrue(Files.exists(other.resolve("keep.txt")));
  }

  @Test
  void atomicFile_failedWrite_keepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = tmp.resolve("out/sdkg.ttl");
    AtomicFile.write(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IOException.class,
        () ->
            AtomicFile.write(
                file,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count());
    }
  }
}
