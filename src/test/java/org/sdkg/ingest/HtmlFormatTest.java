package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30));
  private static final Path FILE = Path.of("pages/pact.html");

  private static Article parse(String html) throws BadArticleException {
    ParsedFile parsed = new HtmlFormat().parse(FILE, html, OPTIONS);
    assertEquals(List.of(), parsed.rejected());
    return parsed.articles().get(0);
  }

  private static List<String> slices(Article article) {
    return article.paragraphs().stream().map(p -> p.slice(article.text())).toList();
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void parse_givenNewsPage_takesArticleBlocksAndMetadataAndDropsPageChrome() throws Exception {
    String html =
        page(
            """
            <title>China, EU renew science pact</title>
            <meta property="og:site_name" content="Xinhua">
            <meta name="date" content="2020-01-01">
            <meta property="article:published_time" content="2021-12-19T08:30:00+08:00">
            <link rel="canonical" href="https://example.org/pact">
            <script>var tracking = "not text";</script>
            """,
            """
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <aside><article><p>A teaser of another story, long enough to be longer than the
              real article if only length counted, and it goes on and on and on and on, and on and
              on and on and on, and on and on and on and on, and on and on and on and on, and on
              and on and on and on, and on and on and on and on, and on and on and on.</p>
            </article></aside>
            <article><p>A short teaser.</p></article>
            <article>
              <header><h1>China, EU renew science pact</h1><time datetime="2019-05-05">May</time></header>
              <figure><img src="a.jpg"><figcaption>Officials sign the pact.</figcaption></figure>
              <p>The pact covers   climate
                 research &amp; <a href="/x">health</a>.</p>
              <h2>Background</h2>
              <blockquote><p>Science has no borders.</p></blockquote>
              <ul><li>Climate</li><li><p>Health</p></li></ul>
              <aside><p>Read more</p></aside>
              <style>p { color: red }</style>
              <footer><p>Copyright</p></footer>
            </article>
            <footer>Site footer</footer>
            """);

    Article article = parse(html);

    assertEquals("China, EU renew science pact", article.title());
    assertEquals(LocalDate.of(2021, 12, 19), article.date());
    assertEquals("https://example.org/pact", article.url());
    assertEquals("Xinhua", article.source());
    assertEquals("pact.html", article.fileName());
    assertEquals(
        List.of(
            "Officials sign the pact.",
            "The pact covers climate research & health.",
            "Background",
            "Science has no borders.",
            "Climate",
            "Health"),
        slices(article));
    assertEquals(
        "China, EU renew science pact\n\nOfficials sign the pact.\n\n"
            + "The pact covers climate research & health.\n\nBackground\n\n"
            + "Science has no borders.\n\nClimate\n\nHealth",
        article.text());
  }

  @Test
  void parse_givenOnlyJsonLdDate_takesDatePublishedFromTheGraph() throws Exception {
    String html =
        page(
            "<meta property=\"og:title\" content=\"From Open Graph\">"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@graph\": [{\"@type\": \"WebPage\"},"
                + " {\"@type\": \"NewsArticle\", \"datePublished\": \"2021-12-18\"}]}</script>"
                + "<meta property=\"og:url\" content=\"/relative/is/ignored\">",
            "<main><p>Body text.</p></main>");

    Article article = parse(html);

    assertEquals("From Open Graph", article.title());
    assertEquals(LocalDate.of(2021, 12, 18), article.date());
    assertEquals(null, article.url());
    assertEquals(null, article.source());
  }

  @Test
  void parse_givenOnlyTimeElementAndH1_usesThemAndKeepsTextOutsideBlockElements() throws Exception {
    Article article =
        parse(
            page(
                "",
                "<h1>Headline</h1><article><time datetime=\"2021-12-17\"></time>Bare text</article>"));

    assertEquals("Headline", article.title());
    assertEquals(LocalDate.of(2021, 12, 17), article.date());
    assertEquals(List.of("Bare text"), slices(article));
  }

  @Test
  void parse_givenBadMetaDate_namesItsLine() {
    String html =
        "<html><head>\n<title>T</title>\n\n<meta name=\"DC.date.issued\" content=\"19.12.2021\">";

    BadArticleException e = assertThrows(BadArticleException.class, () -> parse(html));

    assertEquals(4, e.line());
    assertEquals(
        "date \"19.12.2021\" is not of the form YYYY-MM-DD; write it like 2021-12-19",
        e.getMessage());
  }

  @Test
  void parse_givenReferencesToExternalResources_neverConnectsToThem() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      String html =
          page(
              "<title>T</title><meta name=date content=2021-12-19>"
                  + "<link rel=stylesheet href=\""
                  + base
                  + "/a.css\">"
                  + "<script src=\""
                  + base
                  + "/a.js\"></script>"
                  + "<base href=\""
                  + base
                  + "/\">",
              "<p>Text<img src=\""
                  + base
                  + "/a.png\"></p><iframe src=\""
                  + base
                  + "/f\"></iframe>");

      assertEquals(List.of("Text"), slices(parse(html)));

      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, server::accept);
    }
  }
}
