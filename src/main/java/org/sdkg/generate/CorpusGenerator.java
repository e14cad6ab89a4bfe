package org.sdkg.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.MultilateralBodies;
import org.sdkg.ontology.TopicScheme;

/**
 * Generates synthetic news articles about science cooperation, for speed benchmarks only (never for
 * quality claims). Article {@code i} depends only on the seed and {@code i}, so a corpus of 1,000
 * articles is the first thousand of the 10,000-article corpus with the same seed, and the same seed
 * always gives byte-identical files.
 */
public final class CorpusGenerator {
  /** File names are {@code gen-000001.txt}; {@link #write} replaces only files named so. */
  public static final String FILE_PREFIX = "gen-";

  private final long seed;
  private final Casting casting;
  private final ArticleComposer composer;

  public CorpusGenerator(long seed) {
    Templates templates = Templates.load();
    this.seed = seed;
    this.casting =
        new Casting(Countries.load(), MultilateralBodies.load(), TopicScheme.load(), templates);
    this.composer = new ArticleComposer(templates);
  }

  /** The text of article {@code index} (from 0), in the seed format. */
  public String article(int index) {
    Random random = new Random(mix(seed, index));
    return composer.compose(casting.draw(random), random);
  }

  /** The file name of article {@code index}: {@code gen-000001.txt} for index 0. */
  public static String fileName(int index) {
    return String.format("%s%06d.txt", FILE_PREFIX, index + 1);
  }

  /** What {@link #write} produced. */
  public record Summary(int articles, long words, long bytes) {}

  /**
   * Writes {@code count} articles into {@code dir} (created when missing). Earlier generated files
   * ({@code gen-*.txt}) there are deleted first, so the folder holds exactly this corpus.
   */
  public Summary write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    deleteGenerated(dir);
    long words = 0;
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      String text = article(i);
      byte[] data = text.getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(fileName(i)), data);
      words += ArticleComposer.wordCount(text);
      bytes += data.length;
    }
    return new Summary(count, words, bytes);
  }

  private static void deleteGenerated(Path dir) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, FILE_PREFIX + "*.txt")) {
      for (Path p : old) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** SplitMix64 finaliser over seed and index, so neighbouring articles get unrelated streams. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
