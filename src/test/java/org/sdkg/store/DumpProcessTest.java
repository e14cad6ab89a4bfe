package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdkg dump} as a separate process, the way a shell runs it. */
class DumpProcessTest {
  @TempDir Path tmp;

  @Test
  void dump_toStdoutUnderAnAsciiLocale_stillWritesUtf8() throws Exception {
    Path store = tmp.resolve("store");
    StoreFixtures.storeWithSample(store, 1).close();
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.sdkg.cli.Main",
                "dump",
                "--format",
                "nt",
                "--store",
                store.toString())
            .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("LANG", "C");
    pb.environment().remove("LC_ALL");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    String text = new String(out, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"中国与美国的科技合作\""), text);
    assertTrue(text.contains("\"中国\"@zh"), text);
  }
}
