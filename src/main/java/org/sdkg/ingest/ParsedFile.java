package org.sdkg.ingest;

import java.util.List;

/**
 * What one file gave. Formats with one article per file return one article and no rejects; JSON
 * Lines rejects single lines and keeps reading, so one file can give both.
 *
 * @param articles articles in file order
 * @param rejected parts of the file that were skipped, each with its line and message
 */
public record ParsedFile(List<Article> articles, List<BadArticleException> rejected) {

  public ParsedFile {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }

  public static ParsedFile of(Article article) {
    return new ParsedFile(List.of(article), List.of());
  }
}
