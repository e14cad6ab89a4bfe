package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTextFormatTest {
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30));

  private static List<String> slices(Article article) {
    return article.paragraphs().stream().map(p -> p.slice(article.text())).toList();
  }

  @Test
  void read_givenBomLeadingSpaceAndCrlf_toleratesThemAndOffsetsSliceTheText(@TempDir Path dir)
      throws Exception {
    String text =
        "  date  2021-12-19   Title with  spaces \r\n\r\n First para,\r\nline two. \r\n\r\nSecond.\r\n";
    Path file = dir.resolve("crlf.txt");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, BadInputTest.concat(bom, text.getBytes(StandardCharsets.UTF_8)));

    IngestResult result = new ArticleReader(OPTIONS).read(List.of(file));

    assertEquals(List.of(), result.skipped());
    Article article = result.articles().get(0);
    assertEquals(text, article.text());
    assertEquals(LocalDate.of(2021, 12, 19), article.date());
    assertEquals("Title with  spaces", article.title());
    assertEquals(List.of("First para,\r\nline two.", "Second."), slices(article));
    assertEquals(
        new TextSpan(text.indexOf("First"), text.indexOf("two.") + 4), article.paragraphs().get(0));
    assertEquals("crlf.txt", article.fileName());
    assertEquals(null, article.url());
  }

  @Test
  void contentId_givenSameArticleWithCrlf_isTheSameAndSixteenHexDigits() throws Exception {
    Path lf = Path.of("a.txt");
    String content = "date 2021-12-19 T\n\nBody.\n";
    Article a = new SeedTextFormat().parse(lf, content, OPTIONS).articles().get(0);
    Article b =
        new SeedTextFormat()
            .parse(Path.of("b.txt"), content.replace("\n", "\r\n"), OPTIONS)
            .articles()
            .get(0);
    Article c =
        new SeedTextFormat().parse(lf, content.replace("Body", "Other"), OPTIONS).articles().get(0);

    assertEquals(a.id(), b.id());
    assertEquals(true, a.id().matches("[0-9a-f]{16}"), a.id());
    assertEquals(false, a.id().equals(c.id()));
  }
}
