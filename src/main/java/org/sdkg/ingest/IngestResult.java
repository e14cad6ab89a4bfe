package org.sdkg.ingest;

import java.util.List;

/**
 * What reading a set of inputs gave.
 *
 * @param articles the articles read, in input order, each once
 * @param skipped files or lines that were not read, with the reason
 * @param notes things worth telling that are not errors (unsupported extensions, duplicates)
 * @param filesSeen number of candidate files looked at
 */
public record IngestResult(
    List<Article> articles, List<IngestProblem> skipped, List<IngestProblem> notes, int filesSeen) {

  public IngestResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** {@code "3 of 120 files skipped"}. */
  public String summary() {
    return skipped.size() + " of " + filesSeen + " files skipped";
  }
}
