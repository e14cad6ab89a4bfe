package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.SdkgProcess;

class AtomicFileTest {

  @Test
  void write_givenNewFile_makesItReadableByOthersLikeAnyFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sdkg.ttl");

    AtomicFile.write(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));

    assertEquals("x", Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void write_givenExistingFile_keepsItsPermissions(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sdkg.ttl");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertEquals("new", Files.readString(target));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void write_afterKilledWriters_deletesTheTemporaryFilesTheyLeft(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("sdkg.ttl");
    for (String name :
        List.of(".sdkg.ttl.123.tmp", ".sdkg.ttl.-45.tmp", ".other.ttl.6.tmp", "sdkg.ttl.tmp")) {
      Files.writeString(dir.resolve(name), "left over");
    }

    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertEquals("new", Files.readString(target));
    try (var left = Files.list(dir)) {
      assertEquals(
          List.of(".other.ttl.6.tmp", "sdkg.ttl", "sdkg.ttl.tmp"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "only the temporary files of sdkg.ttl are removed");
    }
  }

  @Test
  void write_whileAnotherProcessWritesTheSameFile_leavesItsTemporaryFileAlone(@TempDir Path dir)
      throws Exception {
    Path storeDir = dir.resolve("store");
    byte[] dump;
    try (TdbStore store = StoreFixtures.storeWithSample(storeDir, 1)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new Dumper(store).write(DumpFormat.TTL, Optional.empty(), out);
      dump = out.toByteArray();
    }
    Path target = dir.resolve("out.ttl");
    List<String> args = List.of("dump", "-o", "out.ttl", "--store", "store");
    try (SdkgProcess other = SdkgProcess.start(dir, Optional.of("rename-file:out.ttl"), args)) {
      other.awaitCrashPoint("rename-file:out.ttl", Duration.ofMinutes(2));
      Path othersTemp = onlyTemp(dir);

      AtomicFile.write(target, out -> out.write("mine".getBytes(StandardCharsets.UTF_8)));

      assertEquals("mine", Files.readString(target));
      assertEquals(othersTemp, onlyTemp(dir), "the other writer's file is still there");
      other.resume();
      assertEquals(0, other.awaitExit(Duration.ofMinutes(2)), other.err());
    }
    assertArrayEquals(dump, Files.readAllBytes(target), "the last writer wins, with all its bytes");
    try (var left = Files.list(dir)) {
      assertEquals(
          List.of("out.ttl", "store"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private static Path onlyTemp(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<Path> temps =
          files
              .filter(p -> p.getFileName().toString().matches("\\.out\\.ttl\\.\\d+\\.tmp"))
              .toList();
      assertEquals(1, temps.size(), temps.toString());
      return temps.get(0);
    }
  }
}
