package org.sdkg;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.Country;

/** The files of {@link BadInputCorpus}: fixtures copied, generated contents, special files. */
public final class BadInputFiles {
  private BadInputFiles() {}

  /** The words filling the 5,000-token sentence: no country, no trigger, commas now and then. */
  static final String FILLER =
      "the new data of the science programme and the reports on the open questions of the field";

  /** One article whose body is one sentence of 5,000 tokens (words and punctuation). */
  public static String longSentenceArticle() {
    StringBuilder body = new StringBuilder("France and Japan cooperate on climate research");
    String[] words = FILLER.split(" ");
    int tokens = 7;
    for (int i = 0; tokens < 4_994; i++) {
      body.append(' ').append(words[i % words.length]);
      tokens++;
      if (i % 23 == 22) {
        body.append(',');
        tokens++;
      }
    }
    body.append(", and Brazil helps Peru.");
    return "date 2021-12-19 One sentence of 5,000 tokens\n\n" + body + "\n";
  }

  static String longLineArticle() {
    String unit = "France and Japan cooperate on climate research and ";
    String line = unit.repeat(100_000 / unit.length() + 1).substring(0, 100_000);
    return "date 2021-12-19 One line of 100,000 characters\n\n" + line + "\n";
  }

  /** The English names of the first {@code n} countries, as one list in one paragraph. */
  static String countriesArticle(int n) {
    List<String> names = Countries.load().all().stream().map(Country::name).limit(n).toList();
    String list = String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    return "date 2021-12-19 A summit of 150 countries\n\n"
        + list
        + " cooperate on climate research. Delegations from "
        + list
        + " attended.\n";
  }

  static String deeplyNestedPage(int depth) {
    return "<html><head><title>Deeply nested page</title>"
        + "<meta name=\"date\" content=\"2021-12-19\"></head><body>"
        + "<div>".repeat(depth)
        + "<p>France and Japan cooperate on climate research.</p>"
        + "</div>".repeat(depth)
        + "</body></html>";
  }

  static String goodArticle(String title) {
    return "date 2021-12-19 " + title + "\n\nFrance and Japan cooperate on space research.\n";
  }

  static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  static byte[] randomBytesAfterPngHeader(int size) {
    byte[] bytes = new byte[size];
    new Random(9).nextBytes(bytes);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    System.arraycopy(png, 0, bytes, 0, png.length);
    return bytes;
  }

  static void write(Path dir, String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
  }

  static void copy(Path dir, String fixture) throws IOException {
    copy(dir, fixture, fixture);
  }

  static void copy(Path dir, String fixture, String name) throws IOException {
    Path target = dir.resolve(name);
    Files.createDirectories(target.getParent());
    try (InputStream in =
        BadInputFiles.class.getClassLoader().getResourceAsStream("bad-input/" + fixture)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource bad-input/" + fixture);
      }
      Files.copy(in, target);
    }
  }

  /** A file of {@code size} bytes that takes no disk space (nothing is written into it). */
  static void sparseFile(Path file, long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
  }

  static void link(Path link, Path target) throws IOException {
    Files.createSymbolicLink(link, target);
  }

  static void mkfifo(Path fifo) throws IOException {
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("mkfifo " + fifo + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making " + fifo, e);
    }
  }
}
