package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30));
  private static final Path FILE = Path.of("articles/coop.md");

  private static Article parse(String content) throws BadArticleException {
    ParsedFile parsed = new MarkdownFormat().parse(FILE, content, OPTIONS);
    assertEquals(List.of(), parsed.rejected());
    return parsed.articles().get(0);
  }

  private static List<String> slices(Article article) {
    return article.paragraphs().stream().map(p -> p.slice(article.text())).toList();
  }

  @Test
  void parse_givenFrontMatter_readsFieldsAndBodyParagraphsAsSpansOfTheFile() throws Exception {
    String content =
        """
        ---
        title: "China, EU \\"renew\\" science pact"
        date: 2021-12-19
        url: 'https://example.org/pact'
        source: Xinhua # the agency
        image:
          title: not the headline
        tags: [science, diplomacy]
        ---

        ## Background

        The pact covers
        climate research.

        > A quoted line.
        """;

    Article article = parse(content);

    assertEquals("China, EU \"renew\" science pact", article.title());
    assertEquals(LocalDate.of(2021, 12, 19), article.date());
    assertEquals("https://example.org/pact", article.url());
    assertEquals("Xinhua", article.source());
    assertEquals(content, article.text());
    assertEquals("coop.md", article.fileName());
    assertEquals(
        List.of("Background", "The pact covers\nclimate research.", "> A quoted line."),
        slices(article));
  }

  @Test
  void parse_givenCrlfBlankLinesBeforeFrontMatterAndDateTime_toleratesThem() throws Exception {
    String content =
        "\r\n ---\r\nDate: 2021-12-19T08:30:00+08:00\r\nTitle: Plain title\r\n---\r\nOne.\r\n\r\nTwo.\r\n";

    Article article = parse(content);

    assertEquals(LocalDate.of(2021, 12, 19), article.date());
    assertEquals("Plain title", article.title());
    assertEquals(List.of("One.", "Two."), slices(article));
    assertEquals(null, article.url());
    assertEquals(null, article.source());
  }

  @Test
  void parse_givenMalformedDate_namesTheLineOfTheDate() {
    BadArticleException e =
        assertThrows(
            BadArticleException.class,
            () -> parse("---\ntitle: T\n\ndate: 19 Dec 2021\n---\nBody.\n"));

    assertEquals(4, e.line());
    assertEquals(
        "date \"19 Dec 2021\" is not of the form YYYY-MM-DD; write it like 2021-12-19",
        e.getMessage());
  }
}
