package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void generate_writesNArticlesAndSummaryOnStderr(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("corpus");
    CliTest.Run r = CliTest.run("generate", "--articles", "7", "--seed", "3", "-o", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("generated 7 articles ("), r.err());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(7, files.count());
    }
  }

  @Test
  void generate_zeroArticles_isUsageErrorWithExit2(@TempDir Path tmp) {
    CliTest.Run r = CliTest.run("generate", "--articles", "0", "-o", tmp.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("--articles must be at least 1; found 0"), r.err());
  }

  @Test
  void generate_outputIsAFile_failsWithExit1NamingIt(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("x.txt"), "not a folder");
    CliTest.Run r = CliTest.run("generate", "--articles", "2", "-o", file.toString());
    assertEquals(1, r.exitCode());
    assertEquals("sdkg: " + file + " is a file; give a folder for -o\n", r.err());
  }
}
