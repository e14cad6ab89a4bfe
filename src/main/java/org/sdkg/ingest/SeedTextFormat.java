package org.sdkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's plain-text format: line 1 is {@code date YYYY-MM-DD Title}, then a blank line, then
 * paragraphs. A leading space and CRLF line ends are tolerated; {@link Article#text()} is the file
 * content unchanged.
 */
public final class SeedTextFormat implements ArticleFormat {
  private static final Pattern HEADER =
      Pattern.compile("date\\s+(\\S+)(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

  @Override
  public List<String> extensions() {
    return List.of(".txt");
  }

  @Override
  public ParsedFile parse(Path file, String content, IngestOptions options)
      throws BadArticleException {
    ArticleTexts.checkLineEnds(content);
    int firstNewline = content.indexOf('\n');
    int headerEnd = firstNewline < 0 ? content.length() : firstNewline;
    String header = content.substring(0, headerEnd).strip();
    Matcher m = HEADER.matcher(header);
    if (!m.matches()) {
      throw new BadArticleException(
          1,
          "first line must be \"date YYYY-MM-DD Title\"; found \""
              + ArticleTexts.abbreviate(header)
              + "\"");
    }
    LocalDate date = ArticleTexts.checkedDate(m.group(1), 1, options.today());
    String title = m.group(2) == null ? "" : m.group(2).strip();
    if (title.isEmpty()) {
      throw new BadArticleException(
          1, "no title after the date; write \"date " + m.group(1) + " Title\"");
    }
    int bodyStart = firstNewline < 0 ? content.length() : firstNewline + 1;
    List<TextSpan> paragraphs = ArticleTexts.paragraphs(content, bodyStart);
    if (paragraphs.isEmpty()) {
      throw new BadArticleException(
          "has a title line but no text; add paragraphs after a blank line");
    }
    return ParsedFile.of(
        new Article(
            ArticleTexts.contentId(content),
            file,
            file.getFileName().toString(),
            date,
            title,
            null,
            null,
            content,
            paragraphs));
  }
}
