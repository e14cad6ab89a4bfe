package org.sdkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the last build read from each article file: its size, modification time and the articles it
 * gave. A file with the same size and modification time has not changed, as make and git decide, so
 * it need not be read and hashed again: with 100,000 articles that reading was most of a build that
 * changed one. A file is only remembered when it was last modified at least {@link #SETTLE_MILLIS}
 * before it was read, so a second write within the file system's clock tick cannot go unseen; and
 * only when it was read without any problem, so problems are reported on every run until fixed.
 */
public final class KnownFiles {
  /** How old a modification must be, when the file is read, for the file to be remembered. */
  static final long SETTLE_MILLIS = 2_000;

  private static final String HEADER = "# sdkg: article files read by the last build";

  private record Entry(long size, long modifiedMillis, List<ArticleRef> articles) {}

  private final Map<Path, Entry> entries;
  private final Set<Path> seen = new HashSet<>();

  private KnownFiles(Map<Path, Entry> entries) {
    this.entries = entries;
  }

  /** Nothing known: every file is read. */
  public static KnownFiles none() {
    return new KnownFiles(new HashMap<>());
  }

  /**
   * What {@link #write} wrote to {@code file}; nothing when it is missing or unreadable, and lines
   * that do not parse are left out (those files are simply read again).
   */
  public static KnownFiles read(Path file) {
    Map<Path, Entry> entries = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return new KnownFiles(entries);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || line.startsWith("#")) {
          continue;
        }
        try {
          Path path = Path.of(f[0]);
          long size = Long.parseLong(f[1]);
          long modified = Long.parseLong(f[2]);
          Entry entry =
              entries.computeIfAbsent(path, p -> new Entry(size, modified, new ArrayList<>()));
          if (entry.size() == size && entry.modifiedMillis() == modified) {
            entry.articles().add(new ArticleRef(f[3], f[4]));
          }
        } catch (RuntimeException e) {
          // A damaged line: that file is read again.
        }
      }
    } catch (IOException | RuntimeException e) {
      return new KnownFiles(new HashMap<>());
    }
    return new KnownFiles(entries);
  }

  /** The articles {@code file} gave when last read, if it has not changed since. */
  Optional<List<ArticleRef>> lookup(Path file, BasicFileAttributes attributes) {
    Entry entry = entries.get(key(file));
    if (entry == null
        || entry.size() != attributes.size()
        || entry.modifiedMillis() != attributes.lastModifiedTime().toMillis()) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(entry.articles()));
  }

  /** Keeps what is known of {@code file}, which was found unchanged in this read. */
  void keep(Path file) {
    seen.add(key(file));
  }

  /**
   * Remembers what reading {@code file} gave, when its modification was settled at {@code
   * readMillis} and nothing in the names would break the line format.
   */
  void remember(
      Path file, BasicFileAttributes attributes, long readMillis, List<ArticleRef> articles) {
    Path key = key(file);
    seen.add(key);
    entries.remove(key);
    long modified = attributes.lastModifiedTime().toMillis();
    boolean settled = modified <= readMillis - SETTLE_MILLIS;
    boolean plain =
        isPlain(key.toString()) && articles.stream().allMatch(a -> isPlain(a.fileName()));
    if (settled && plain && !articles.isEmpty()) {
      entries.put(key, new Entry(attributes.size(), modified, List.copyOf(articles)));
    }
  }

  /** Writes what is known of the files seen in this read (files no longer there are dropped). */
  public void write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(HEADER + "\n");
    List<Path> paths = new ArrayList<>(seen);
    paths.sort(null);
    for (Path path : paths) {
      Entry e = entries.get(path);
      if (e == null) {
        continue;
      }
      for (ArticleRef a : e.articles()) {
        w.write(
            path
                + "\t"
                + e.size()
                + "\t"
                + e.modifiedMillis()
                + "\t"
                + a.id()
                + "\t"
                + a.fileName()
                + "\n");
      }
    }
    w.flush();
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static boolean isPlain(String s) {
    return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
  }
}
