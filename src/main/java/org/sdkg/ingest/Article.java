package org.sdkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One news article as read from disk. Every offset later stages report (paragraphs, sentences,
 * evidence) indexes into {@code text}, which is:
 *
 * <ul>
 *   <li>{@code .txt}, {@code .md}: the file as decoded (BOM removed, control characters replaced by
 *       spaces, nothing else changed);
 *   <li>{@code .html}: the extracted text, see {@link HtmlFormat};
 *   <li>{@code .jsonl}: the line's {@code text} field.
 * </ul>
 *
 * Only the {@code paragraphs} are article body; text outside them (a title line, front matter) is
 * not.
 *
 * @param id stable identifier derived from the content (16 hex digits), so a renamed file is still
 *     the same article
 * @param path the file it came from
 * @param fileName the file name without folders (for {@code .jsonl}, {@code name.jsonl#line})
 * @param date publication date
 * @param title headline
 * @param url source URL, or {@code null} when unknown
 * @param source publisher, or {@code null} when unknown
 * @param text the full text that offsets refer to
 * @param paragraphs body paragraphs (the title line excluded) as spans of {@code text}
 */
public record Article(
    String id,
    Path path,
    String fileName,
    LocalDate date,
    String title,
    String url,
    String source,
    String text,
    List<TextSpan> paragraphs) {

  public Article {
    // JSON escapes and HTML character references can bring control characters back after
    // decoding; replacing them here keeps every format's articles free of them.
    fileName = ArticleTexts.withoutControlCharacters(fileName);
    title = ArticleTexts.withoutControlCharacters(title);
    source = source == null ? null : ArticleTexts.withoutControlCharacters(source);
    text = ArticleTexts.withoutControlCharacters(text);
    paragraphs = List.copyOf(paragraphs);
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(url);
  }

  public Optional<String> publisher() {
    return Optional.ofNullable(source);
  }
}
