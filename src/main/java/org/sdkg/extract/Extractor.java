package org.sdkg.extract;

import org.sdkg.ingest.Article;

/**
 * Turns one article into entities and relations. Implementations are not required to be
 * thread-safe: use one per thread.
 */
public interface Extractor {
  Extraction extract(Article article);
}
