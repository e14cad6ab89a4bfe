package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
