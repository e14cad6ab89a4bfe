package org.sdkg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One news article as read from disk. {@code text} is the article as decoded from its file (BOM
 * removed, nothing else changed for plain-text files); every offset later stages report
 * (paragraphs, sentences, evidence) indexes into it.
 *
 * @param id stable identifier derived from the content, so a renamed file is still the same article
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
    paragraphs = List.copyOf(paragraphs);
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(url);
  }

  public Optional<String> publisher() {
    return Optional.ofNullable(source);
  }
}
