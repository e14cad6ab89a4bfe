package org.sdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.TestPaths;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestProblem;
import org.sdkg.ingest.IngestResult;

/**
 * Seeded fuzzing of ingest, extractor and mapper with random and mutated articles ({@link
 * ArticleMutator}) in all four formats. For every try: reading never throws and each skipped
 * problem is one line naming the file; extraction and mapping never throw; every offset the
 * extraction and the graph state slices the article text to the evidence; every article graph
 * conforms to the SHACL shapes and survives being written and read back in every RDF syntax.
 *
 * <p>Try {@code i} uses seed {@code sdkg.fuzz.seed + i}; a failing try is reported with its seed
 * and its file is kept under {@code target/fuzz-failures/}. Rerun one try with {@code
 * -Dsdkg.fuzz.seed=SEED -Dsdkg.fuzz.tries=1}, or fuzz longer with a larger {@code sdkg.fuzz.tries}.
 */
class ExtractorFuzzTest {
  private static final long SEED = Long.getLong("sdkg.fuzz.seed", 20_261_129L);
  private static final int TRIES = Integer.getInteger("sdkg.fuzz.tries", 200);
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2025, 1, 1));

  @TempDir Path dir;

  @Test
  void pipeline_givenRandomAndMutatedArticles_neverThrows_keepsOffsets_andConforms()
      throws IOException {
    List<String> bases = articleBodies();
    Extractor extractor = Extractors.newExtractor();
    ArticleGraphMapper mapper = ArticleGraphMapper.create();
    List<String> failures = new ArrayList<>();
    int read = 0;
    int skipped = 0;
    int relations = 0;
    long start = System.nanoTime();
    for (int i = 0; i < TRIES; i++) {
      long seed = SEED + i;
      ArticleMutator mutator = new ArticleMutator(new Random(seed), bases);
      FuzzFile fuzz = mutator.next("fuzz-" + seed);
      Path file = dir.resolve(fuzz.name());
      // getBytes writes a lone surrogate as "?", as any UTF-8 file must; JSON escapes keep them.
      Files.write(file, fuzz.content().getBytes(StandardCharsets.UTF_8));
      List<String> problems = new ArrayList<>();
      try {
        IngestResult result = new ArticleReader(OPTIONS).read(List.of(file));
        for (IngestProblem p : result.skipped()) {
          String line = p.format();
          if (line.contains("\n") || line.contains("\r") || !line.startsWith(file.toString())) {
            problems.add("skip message is not one line naming the file: " + line);
          }
        }
        skipped += result.skipped().isEmpty() ? 0 : 1;
        for (Article article : result.articles()) {
          read++;
          Extraction extraction = extractor.extract(article);
          relations += extraction.relations().size();
          Model graph = mapper.map(extraction);
          problems.addAll(ArticleGraphChecks.offsetProblems(extraction));
          problems.addAll(ArticleGraphChecks.graphOffsetProblems(article, graph));
          ArticleGraphChecks.violations(article, graph).forEach(v -> problems.add(v.line()));
          problems.addAll(ArticleGraphChecks.roundTripProblems(graph));
        }
      } catch (RuntimeException | StackOverflowError e) {
        problems.add("threw " + e);
      }
      if (problems.isEmpty()) {
        Files.delete(file);
      } else {
        failures.add(keep(file, seed, mutator.log(), problems));
      }
    }
    System.out.printf(
        "fuzz: %d tries from seed %d in %.1f s: %d articles read, %d files with skips,"
            + " %d relations, %d failures%n",
        TRIES, SEED, (System.nanoTime() - start) / 1e9, read, skipped, relations, failures.size());
    assertEquals(List.of(), failures);
    assertTrue(read > TRIES / 2, "most tries give an article to extract from: " + read);
    assertTrue(relations > TRIES, "the mutations keep relations to find: " + relations);
  }

  /** Copies a failing input where it outlives the test and describes the failure. */
  private static String keep(Path file, long seed, List<String> log, List<String> problems)
      throws IOException {
    Path kept = TestPaths.project().resolve("target/fuzz-failures").resolve(file.getFileName());
    Files.createDirectories(kept.getParent());
    Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return "seed " + seed + " (" + String.join("; ", log) + ") -> " + kept + ": " + problems;
  }

  /** The bodies of the project's articles, the material most mutations start from. */
  private static List<String> articleBodies() throws IOException {
    try (Stream<Path> files = Files.list(TestPaths.project().resolve("articles"))) {
      List<String> bodies = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        bodies.add(text.substring(text.indexOf("\n\n") + 2).strip());
      }
      return bodies;
    }
  }
}
