package org.sdkg.ingest;

import java.nio.file.Path;
import java.util.List;

/** One on-disk article format (seed text, Markdown, HTML, JSON Lines). */
public interface ArticleFormat {

  /** Whether this format reads files with this name. */
  boolean accepts(Path file);

  /**
   * Parses decoded file content into articles (one for most formats, many for JSON Lines).
   *
   * @throws BadArticleException when the whole file must be skipped
   */
  List<Article> parse(Path file, String content, IngestOptions options) throws BadArticleException;
}
