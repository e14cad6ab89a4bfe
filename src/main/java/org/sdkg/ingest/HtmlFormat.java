package org.sdkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A saved news web page, read with jsoup (a real HTML parser; jsoup's parse never fetches anything,
 * so linked stylesheets, scripts, images and entities stay unresolved).
 *
 * <p>Unlike the other formats, {@link Article#text()} is not the file: it is the extracted text,
 * the title on the first line, then each text block ({@code p}, {@code h1}–{@code h6}, {@code li},
 * {@code blockquote}, …) of the article as one paragraph, separated by blank lines. Offsets of
 * later stages index that text, which is what a reader of the page sees.
 *
 * <p>The article is the first {@code <article>}, else {@code <main>}, else the body; navigation,
 * headers, footers, asides, scripts and styles in it are dropped.
 */
public final class HtmlFormat implements ArticleFormat {
  private static final String NOISE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";
  private static final String CHROME = "nav, header, footer, aside";
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "figcaption",
          "pre",
          "div",
          "section",
          "td",
          "th",
          "dd",
          "dt",
          "address");

  @Override
  public List<String> extensions() {
    return List.of(".html", ".htm");
  }

  @Override
  public ParsedFile parse(Path file, String content, IngestOptions options)
      throws BadArticleException {
    Document doc = Jsoup.parse(content, "", Parser.htmlParser().setTrackPosition(true));
    String title =
        HtmlMetadata.title(doc)
            .orElseThrow(
                () ->
                    new BadArticleException(
                        "has no title (no <title>, og:title or <h1>); add a <title> element"));
    Element root = articleRoot(doc);
    HtmlMetadata.Found found =
        HtmlMetadata.date(doc, root)
            .orElseThrow(
                () ->
                    new BadArticleException(
                        "has no publication date; add <meta property=\"article:published_time\""
                            + " content=\"YYYY-MM-DD\"> to its <head>"));
    LocalDate date = ArticleTexts.checkedDateTime(found.value(), found.line(), options.today());
    root.select(NOISE).remove();
    List<String> blocks = blocks(root, title);
    if (blocks.isEmpty()) {
      throw new BadArticleException(
          "has no article text; put the text in <p> elements inside <article> or <body>");
    }
    StringBuilder text = new StringBuilder(title);
    List<TextSpan> paragraphs = new ArrayList<>();
    for (String block : blocks) {
      text.append("\n\n");
      paragraphs.add(new TextSpan(text.length(), text.length() + block.length()));
      text.append(block);
    }
    String extracted = text.toString();
    return ParsedFile.of(
        new Article(
            ArticleTexts.contentId(date + "\n" + extracted),
            file,
            file.getFileName().toString(),
            date,
            title,
            HtmlMetadata.url(doc).orElse(null),
            HtmlMetadata.siteName(doc).orElse(null),
            extracted,
            paragraphs));
  }

  /**
   * The longest {@code <article>} outside page chrome (pages list teasers of other stories as
   * articles too), else {@code <main>}, else the body.
   */
  private static Element articleRoot(Document doc) {
    Element best = null;
    for (Element article : doc.select("article")) {
      boolean inChrome = article.parents().stream().anyMatch(p -> p.is(CHROME));
      if (!inChrome && (best == null || article.text().length() > best.text().length())) {
        best = article;
      }
    }
    if (best != null) {
      return best;
    }
    for (String query : List.of("main", "[role=main]")) {
      Element root = doc.selectFirst(query);
      if (root != null) {
        return root;
      }
    }
    return doc.body();
  }

  /**
   * The text of each innermost block, in document order; the page's headline repeated as an {@code
   * <h1>} is dropped since the title already opens the text.
   */
  private static List<String> blocks(Element root, String title) {
    List<String> blocks = new ArrayList<>();
    Set<Element> holdingBlocks = holdingBlocks(root);
    boolean titleSeen = false;
    for (Element element : root.getAllElements()) {
      if (!BLOCKS.contains(element.normalName()) || holdingBlocks.contains(element)) {
        continue;
      }
      String text = element.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!titleSeen && text.equals(title)) {
        titleSeen = true;
        continue;
      }
      blocks.add(text);
    }
    String all = root.text().strip();
    if (blocks.isEmpty() && !all.isEmpty() && !all.equals(title)) {
      blocks.add(all);
    }
    return blocks;
  }

  /** Elements with a block somewhere inside, found in one bottom-up pass. */
  private static Set<Element> holdingBlocks(Element root) {
    Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> all = root.getAllElements();
    for (int i = all.size() - 1; i > 0; i--) {
      Element element = all.get(i);
      if (BLOCKS.contains(element.normalName()) || holding.contains(element)) {
        holding.add(element.parent());
      }
    }
    return holding;
  }
}
