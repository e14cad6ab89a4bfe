package org.sdkg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestResult;

class CorpusGeneratorTest {
  private static final int ARTICLES = 60;

  @Test
  void write_sameSeedTwice_givesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    new CorpusGenerator(42).write(tmp.resolve("one"), ARTICLES);
    new CorpusGenerator(42).write(tmp.resolve("two"), ARTICLES);
    List<String> names = names(tmp.resolve("one"));
    assertEquals(names, names(tmp.resolve("two")));
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("one").resolve(name)),
          Files.readAllBytes(tmp.resolve("two").resolve(name)),
          name);
    }
  }

  @Test
  void article_differentSeeds_giveDifferentText() {
    assertNotEquals(new CorpusGenerator(1).article(0), new CorpusGenerator(2).article(0));
  }

  @Test
  void article_dependsOnlyOnSeedAndIndex_soSmallCorpusIsPrefixOfLargeOne(@TempDir Path tmp)
      throws IOException {
    new CorpusGenerator(9).write(tmp, 5);
    assertEquals(
        new CorpusGenerator(9).article(3),
        Files.readString(tmp.resolve(CorpusGenerator.fileName(3))));
  }

  @Test
  void write_nArticles_writesExactlyNNumberedFiles(@TempDir Path tmp) throws IOException {
    CorpusGenerator.Summary summary = new CorpusGenerator(3).write(tmp, ARTICLES);
    List<String> names = names(tmp);
    assertEquals(ARTICLES, names.size());
    assertEquals("gen-000001.txt", names.get(0));
    assertEquals("gen-000060.txt", names.get(ARTICLES - 1));
    assertEquals(ARTICLES, summary.articles());
  }

  @Test
  void write_intoFolderWithOlderCorpus_replacesGeneratedFilesOnly(@TempDir Path tmp)
      throws IOException {
    new CorpusGenerator(3).write(tmp, 10);
    Files.writeString(tmp.resolve("mine.txt"), "date 2020-01-01 Kept\n\nText.\n");
    new CorpusGenerator(3).write(tmp, 4);
    assertEquals(
        List.of("gen-000001.txt", "gen-000002.txt", "gen-000003.txt", "gen-000004.txt", "mine.txt"),
        names(tmp));
  }

  @Test
  void generatedArticles_allParseWithTheArticleReader(@TempDir Path tmp) throws IOException {
    new CorpusGenerator(5).write(tmp, ARTICLES);
    IngestResult read =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.of(2026, 1, 1)))
            .read(List.of(tmp));
    assertEquals(List.of(), read.skipped());
    assertEquals(ARTICLES, read.articles().size());
    for (Article a : read.articles()) {
      assertTrue(a.paragraphs().size() >= 4, a.fileName() + " has few paragraphs");
      assertTrue(!a.title().isBlank(), a.fileName());
    }
  }

  @Test
  void generatedArticles_haveBetween400And800Words() {
    CorpusGenerator generator = new CorpusGenerator(11);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int i = 0; i < 300; i++) {
      int words = ArticleComposer.wordCount(generator.article(i));
      min = Math.min(min, words);
      max = Math.max(max, words);
    }
    assertTrue(min >= 400, "shortest article has " + min + " words");
    assertTrue(max <= 800, "longest article has " + max + " words");
  }

  @Test
  void generatedArticle_startsWithSeedHeaderAndBlankLine() {
    String text = new CorpusGenerator(1).article(0);
    assertTrue(
        text.matches("(?s)date \\d{4}-\\d{2}-\\d{2} \\S[^\\n]*\\n\\n\\S.*\\n"),
        text.substring(0, 80));
    assertTrue(!text.contains("{") && !text.contains("}"), "unfilled placeholder");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
