package org.sdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of sdkg's own classes and resources ({@code org/sdkg/**}, from the jar or the classes
 * folder). An incremental build keeps an article's graph only while its content and this code are
 * unchanged: a new extractor or mapping must re-extract everything, even under the same version
 * number.
 */
public final class CodeFingerprint {
  private static final String PACKAGE = "org/sdkg/";

  private CodeFingerprint() {}

  /** The fingerprint of the running sdkg. */
  public static String current() {
    try {
      Path source =
          Path.of(
              CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        hashFolder(source, digest);
      } else {
        hashJar(source, digest);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint sdkg's code", e);
    }
  }

  private static void hashFolder(Path root, MessageDigest digest) throws IOException {
    Path dir = root.resolve(PACKAGE);
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      digest.update(
          root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(f));
    }
  }

  private static void hashJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      file.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(PACKAGE))
          .forEach(entries::add);
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry e : entries) {
        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(e)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }
}
