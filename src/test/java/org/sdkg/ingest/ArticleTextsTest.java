package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text helpers the formats share: control characters, addresses, line ends. */
class ArticleTextsTest {

  @Test
  void withoutControlCharacters_replacesEachOneByASpace_andKeepsTabsLineEndsAndEmoji() {
    String in = "a\u0000b\u0007c\u001bd\u007fe\u0085f\uFFFEg\uFFFFh\tI\r\nj 🚀 k\u200Fl";

    String out = ArticleTexts.withoutControlCharacters(in);

    assertEquals("a b c d e f g h\tI\r\nj 🚀 k\u200Fl", out);
    assertEquals(in.length(), out.length());
  }

  @Test
  void withoutControlCharacters_replacesLoneSurrogatesButNotPairs() {
    assertEquals("x y 🇫🇷 z ", ArticleTexts.withoutControlCharacters("x\uD800y 🇫🇷 z\uDC00"));
    assertEquals(" ", ArticleTexts.withoutControlCharacters("\uD83D"));
  }

  @Test
  void withoutControlCharacters_givenCleanText_returnsItUncopied() {
    String clean = "France and Japan cooperate.\n";
    assertSame(clean, ArticleTexts.withoutControlCharacters(clean));
  }

  @Test
  void isAbsoluteHttp_acceptsOnlyHttpAddressesThatAreValidIris() {
    for (String good : List.of("https://example.org/a?b=c#d", "http://x", "HTTPS://例え.jp/ニュース")) {
      assertTrue(ArticleTexts.isAbsoluteHttp(good), good);
    }
    for (String bad :
        List.of(
            "/news/1",
            "example.org/news",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "http://x> ; } DROP ALL",
            "https://example.org/a b",
            "http:/relative",
            "")) {
      assertFalse(ArticleTexts.isAbsoluteHttp(bad), bad);
    }
  }

  @Test
  void checkLineEnds_rejectsCarriageReturnsWithoutLineFeeds_only() throws BadArticleException {
    ArticleTexts.checkLineEnds("date 2021-12-19 T\r\n\r\nBody.\r\n");
    ArticleTexts.checkLineEnds("one line with a trailing CR\r");
    BadArticleException e =
        assertThrows(
            BadArticleException.class, () -> ArticleTexts.checkLineEnds("date x T\r\rBody.\r"));
    assertEquals(
        "has carriage returns (CR) but no line feeds (LF) as line ends; convert them,"
            + " e.g. with: tr '\\r' '\\n'",
        e.getMessage());
  }

  @Test
  void read_givenJsonEscapesForControlCharacters_givesAnArticleWithout(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("feed.jsonl"),
        "{\"date\": \"2021-12-19\", \"title\": \"A\\u0001B\", \"text\": \"France\\u0007 and"
            + " Japan\\u0000 cooperate.\", \"source\": \"X\\u001bY\"}\n");

    Article a =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30)))
            .read(List.of(dir))
            .articles()
            .get(0);

    assertEquals("A B", a.title());
    assertEquals("France  and Japan  cooperate.", a.text());
    assertEquals("X Y", a.source());
  }

  @Test
  void read_givenHtmlCharacterReferencesForControlCharacters_givesAnArticleWithout(
      @TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("page.html"),
        "<html><head><title>A&#1;B</title><meta name=date content=2021-12-19></head>"
            + "<body><p>France&#7; and Japan&#x1b; cooperate.</p></body></html>");

    Article a =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30)))
            .read(List.of(dir))
            .articles()
            .get(0);

    assertEquals("A B", a.title());
    assertEquals("A B\n\nFrance  and Japan  cooperate.", a.text());
  }
}
