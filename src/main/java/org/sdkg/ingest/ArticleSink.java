package org.sdkg.ingest;

import java.nio.file.Path;
import java.util.List;

/** Receives the articles of a read, one file at a time, as {@link ArticleReader} reads them. */
public interface ArticleSink {
  /** An article read from its file. */
  void article(Article article);

  /**
   * Offers the articles {@link KnownFiles} says {@code file} gave when it was last read; the file
   * has not changed since. Returns whether the sink takes them as they are; if not, the file is
   * read and its articles come through {@link #article}.
   */
  default boolean unchanged(Path file, List<ArticleRef> articles) {
    return false;
  }
}
