package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;

class SeedArticleTest {

  @Test
  void read_givenSeedArticle_givesDateTitleAndExactParagraphOffsets() throws Exception {
    IngestResult result =
        new ArticleReader(IngestOptions.defaults()).read(List.of(TestPaths.seedArticle()));

    assertEquals(List.of(), result.skipped());
    assertEquals(1, result.articles().size());
    Article article = result.articles().get(0);
    assertEquals(LocalDate.of(2021, 12, 19), article.date());
    assertEquals(
        "China prioritizes int'l cooperation to address common problems scientifically: top envoy to U.S.",
        article.title());
    assertEquals(12, article.paragraphs().size());

    String original = Files.readString(TestPaths.seedArticle());
    assertEquals(original, article.text());
    List<String> expected =
        original.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), article.paragraphs().get(i).slice(original));
    }
    assertTrue(article.paragraphs().get(0).slice(original).startsWith("A man wearing a face mask"));
  }

  @Test
  void read_givenSameArticleUnderTwoNames_keepsItOnceWithSameId() throws Exception {
    var dir = Files.createTempDirectory("sdkg-dup");
    Files.copy(TestPaths.seedArticle(), dir.resolve("a.txt"));
    Files.copy(TestPaths.seedArticle(), dir.resolve("b.txt"));

    IngestResult result = new ArticleReader(IngestOptions.defaults()).read(List.of(dir));

    assertEquals(1, result.articles().size());
    assertEquals(1, result.notes().size());
    assertTrue(result.notes().get(0).message().startsWith("same article as "));
  }
}
