package org.sdkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last build left in a store: its headline counts and its articles (content id to file
 * name), kept in a small file beside TDB2's own so that the next build need not read them from the
 * store. On the 10,000-article store, reading the articles from their {@code sd:fileName} quads and
 * counting the quads' index records took about 1.5 s of a build that changed one article, and both
 * grow with the store.
 *
 * <p>The record is trusted only while TDB2's state files are as they were when it was written
 * ({@link #state}): every committed write moves the root of each index it changes and the end of
 * the node file, and TDB2 writes those to its {@code .bpt} and {@code .bdf} files at commit. A
 * store that anything else changed since ({@code sdkg serve --update}, Fuseki, a killed build) is
 * read again.
 *
 * @param counts the counts the build summary reports
 * @param articles content id to file name of every article graph, sorted by id
 */
record StoreContents(StoreCounts counts, Map<String, String> articles) {
  static final String FILE = "sdkg-contents.tsv";
  private static final String HEADER =
      "# sdkg: the store's counts and articles as the last build left them;"
          + " trusted while TDB2's state files match";

  StoreContents {
    articles = new TreeMap<>(articles);
  }

  /** The record of {@code storeDir}, when there is one and the store has not changed since. */
  static Optional<StoreContents> read(Path storeDir) {
    Path file = storeDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!HEADER.equals(in.readLine()) || !("state\t" + state(storeDir)).equals(in.readLine())) {
        return Optional.empty();
      }
      String[] c = in.readLine().split("\t", -1);
      if (c.length != 4 || !c[0].equals("counts")) {
        return Optional.empty();
      }
      StoreCounts counts =
          new StoreCounts(Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[1]));
      Map<String, String> articles = new TreeMap<>();
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          return Optional.empty();
        }
        articles.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return Optional.of(new StoreContents(counts, articles));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or unreadable: the store is read instead
    }
  }

  /**
   * Records these contents as those of {@code storeDir} now; call when no write transaction is
   * open. Removes the record instead when a file name could not be read back (a tab or line break
   * in it), so the next build reads the store.
   */
  void write(Path storeDir) {
    Path file = storeDir.resolve(FILE);
    try {
      if (articles.values().stream().anyMatch(n -> n.matches("(?s).*[\t\n\r].*"))) {
        Files.deleteIfExists(file);
        return;
      }
      String state = state(storeDir);
      AtomicFile.write(
          file,
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(HEADER + "\nstate\t" + state + "\n");
            w.write("counts\t" + counts.quads() + "\t" + counts.cooperations());
            w.write("\t" + counts.entities() + "\n");
            for (Map.Entry<String, String> a : articles.entrySet()) {
              w.write(a.getKey() + "\t" + a.getValue() + "\n");
            }
            w.flush();
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the record, so the next build reads the store. */
  static void forget(Path storeDir) {
    try {
      Files.deleteIfExists(storeDir.resolve(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A digest of TDB2's state files in {@code storeDir}: the name and bytes of every {@code .bpt} (a
   * B+tree's root and block counts) and {@code .bdf} (the end of a node file) under it. A commit
   * that changes any quad or node changes at least one of them.
   */
  static String state(Path storeDir) {
    try (Stream<Path> files = Files.walk(storeDir, 2)) {
      List<Path> states =
          files
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".bpt") || name.endsWith(".bdf");
                  })
              .sorted()
              .toList();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path p : states) {
        digest.update(storeDir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(p));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
