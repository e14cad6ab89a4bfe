package org.sdkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with front matter:
 *
 * <pre>
 * ---
 * date: 2021-12-19
 * title: "China prioritizes int'l cooperation"
 * url: https://example.org/article   (optional)
 * source: Xinhua                      (optional)
 * ---
 * First paragraph ...
 * </pre>
 *
 * {@link Article#text()} is the whole file, front matter included, so offsets index the file as it
 * is on disk; the paragraphs are the blank-line separated blocks after the front matter. Markdown
 * markup is left in place, except that a heading's leading {@code #} marks are outside its span.
 */
public final class MarkdownFormat implements ArticleFormat {
  private static final Pattern HEADING_MARK = Pattern.compile("#{1,6}[ \\t]+");

  @Override
  public List<String> extensions() {
    return List.of(".md", ".markdown");
  }

  @Override
  public ParsedFile parse(Path file, String content, IngestOptions options)
      throws BadArticleException {
    ArticleTexts.checkLineEnds(content);
    FrontMatter front = FrontMatter.parse(content);
    FrontMatter.Field dateField =
        front
            .field("date")
            .orElseThrow(
                () ->
                    new BadArticleException(
                        front.openingLine(),
                        "front matter has no date; add a line \"date: YYYY-MM-DD\""));
    LocalDate date =
        ArticleTexts.checkedDateTime(dateField.value(), dateField.line(), options.today());
    FrontMatter.Field titleField =
        front
            .field("title")
            .filter(f -> !f.value().isBlank())
            .orElseThrow(
                () ->
                    new BadArticleException(
                        front.openingLine(),
                        "front matter has no title; add a line \"title: ...\""));
    List<TextSpan> paragraphs = withoutHeadingMarks(content, front.bodyStart());
    if (paragraphs.isEmpty()) {
      throw new BadArticleException(
          "has front matter but no text; add paragraphs after the closing \"---\"");
    }
    return ParsedFile.of(
        new Article(
            ArticleTexts.contentId(content),
            file,
            file.getFileName().toString(),
            date,
            titleField.value(),
            url(front),
            front
                .field("source")
                .map(FrontMatter.Field::value)
                .filter(v -> !v.isBlank())
                .orElse(null),
            content,
            paragraphs));
  }

  private static String url(FrontMatter front) throws BadArticleException {
    FrontMatter.Field url = front.field("url").filter(f -> !f.value().isBlank()).orElse(null);
    return url == null ? null : ArticleTexts.checkedUrl(url.value(), url.line());
  }

  private static List<TextSpan> withoutHeadingMarks(String content, int bodyStart) {
    List<TextSpan> spans = new ArrayList<>();
    for (TextSpan span : ArticleTexts.paragraphs(content, bodyStart)) {
      Matcher m = HEADING_MARK.matcher(content).region(span.start(), span.end());
      spans.add(m.lookingAt() ? new TextSpan(m.end(), span.end()) : span);
    }
    return spans;
  }
}
