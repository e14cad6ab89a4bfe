package org.sdkg.ingest;

import java.util.List;

/**
 * What reading a set of inputs gave.
 *
 * <p>Counting rules, so the summary adds up: a <em>file</em> is every regular file with a supported
 * extension found in the inputs, plus every input entry that could not even be looked at (missing
 * path, broken link, link loop, FIFO). Files with an unsupported extension are not counted; they
 * only get a note. A file is <em>skipped</em> when nothing could be read from it. A {@code .jsonl}
 * file from which some lines were read is not skipped; each rejected line in it counts as a skipped
 * line instead.
 *
 * @param articles the articles read, in input order, each once (none when they were handed to a
 *     consumer as they were read)
 * @param skipped every problem (whole files, and single lines of files that were otherwise read)
 * @param notes things worth telling that are not errors (unsupported extensions, duplicates)
 * @param filesSeen number of candidate files looked at
 * @param filesSkipped files from which nothing was read because of a problem
 * @param linesSkipped rejected lines in files that were otherwise read
 */
public record IngestResult(
    List<Article> articles,
    List<IngestProblem> skipped,
    List<IngestProblem> notes,
    int filesSeen,
    int filesSkipped,
    int linesSkipped) {

  public IngestResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** Whether anything was skipped (the CLI then exits 1). */
  public boolean hasProblems() {
    return !skipped.isEmpty();
  }

  /** {@code "3 of 120 files skipped"}, plus {@code ", 2 lines skipped"} when lines were. */
  public String summary() {
    String files = filesSkipped + " of " + filesSeen + (filesSeen == 1 ? " file" : " files");
    String lines =
        linesSkipped == 0
            ? ""
            : ", " + linesSkipped + (linesSkipped == 1 ? " line" : " lines") + " skipped";
    return files + " skipped" + lines;
  }
}
