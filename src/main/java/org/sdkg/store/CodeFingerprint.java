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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of sdkg's own classes and resources ({@code org/sdkg/**}) and of the ontology files the
 * extractor and the mapper read ({@code ontology/**}: topic labels, the ontology graph), from the
 * jar or the classes folder. An incremental build keeps an article's graph only while its content
 * and this code are unchanged: a new extractor, mapping or topic scheme must re-extract everything,
 * even under the same version number.
 */
public final class CodeFingerprint {
  private static final List<String> HASHED = List.of("ontology/", "org/sdkg/");

  private CodeFingerprint() {}

  /** The fingerprint of the running sdkg. */
  public static String current() {
    try {
      return of(
          Path.of(
              CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot fingerprint sdkg's code", e);
    }
  }

  /**
   * Starts computing {@link #current} on another thread (hashing the jar takes 0.15 to 0.2 s of a
   * cold JVM, which can overlap opening the store); the supplier waits for the result.
   */
  public static Supplier<String> currentInBackground() {
    CompletableFuture<String> fingerprint = CompletableFuture.supplyAsync(CodeFingerprint::current);
    return () -> {
      try {
        return fingerprint.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    };
  }

  /** The fingerprint of the code in {@code source}, a jar or a classes folder. */
  static String of(Path source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        hashFolder(source, digest);
      } else {
        hashJar(source, digest);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint sdkg's code", e);
    }
  }

  private static void hashFolder(Path root, MessageDigest digest) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String prefix : HASHED) {
      Path dir = root.resolve(prefix);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    files.sort(null);
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
          .filter(e -> !e.isDirectory() && HASHED.stream().anyMatch(e.getName()::startsWith))
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
