package org.sdkg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One on-disk article format (seed text, Markdown, HTML, JSON Lines), chosen by file extension.
 * Implementations are stateless, so one instance serves a whole run.
 */
public interface ArticleFormat {

  /** Lower-case extensions with the dot, e.g. {@code ".txt"}; used for choosing and for notes. */
  List<String> extensions();

  /** Whether this format reads files with this name. */
  default boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions().stream().anyMatch(name::endsWith);
  }

  /**
   * Parses decoded file content into articles.
   *
   * @param content the file decoded from UTF-8, BOM removed, never blank
   * @return the articles read, and the parts (lines of a {@code .jsonl} file) that were rejected
   *     while the rest of the file was still read
   * @throws BadArticleException when nothing of the file can be used
   */
  ParsedFile parse(Path file, String content, IngestOptions options) throws BadArticleException;
}
