package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sdkg.extract.ParallelExtraction;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.ArticleSink;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ingest.IngestProblem;
import org.sdkg.ingest.IngestResult;
import org.sdkg.ingest.KnownFiles;
import picocli.CommandLine.Option;

/**
 * Options shared by commands that read articles: size limit, threads; and the reporting of skipped
 * files.
 */
public final class InputOptions {
  @Option(
      names = "--max-size",
      defaultValue = "5242880",
      description =
          "Skip article files larger than this many bytes. Default: ${DEFAULT-VALUE} (5 MB).")
  long maxBytes;

  @Option(names = "--threads", description = "Extraction threads. Default: the number of cores.")
  Integer threads;

  /** Reads the inputs, printing one line per skipped file and per note on {@code err}. */
  public IngestResult read(List<Path> paths, PrintWriter err) {
    return report(reader().read(paths), err);
  }

  /**
   * Reads the inputs, handing each article to {@code sink} as it is read and skipping the files
   * {@code known} says are unchanged when the sink takes their articles as they are; prints
   * nothing, so the caller can {@link #report} once its own progress output is done.
   */
  public IngestResult read(List<Path> paths, ArticleSink sink, KnownFiles known) {
    return reader().read(paths, sink, known);
  }

  private ArticleReader reader() {
    return new ArticleReader(new IngestOptions(maxBytes, LocalDate.now()));
  }

  /** Prints one line per skipped file and per note on {@code err}. */
  public IngestResult report(IngestResult result, PrintWriter err) {
    for (IngestProblem note : result.notes()) {
      err.println("note: " + note.format());
    }
    for (IngestProblem problem : result.skipped()) {
      err.println("skipped: " + problem.format());
    }
    err.flush();
    return result;
  }

  public int threads() {
    return threads == null ? ParallelExtraction.defaultThreads() : threads;
  }

  /** 1 with a summary line when any file was skipped, else 0. */
  public int exitCode(IngestResult result, PrintWriter err) {
    if (!result.hasProblems()) {
      return 0;
    }
    err.println("sdkg: " + result.summary());
    err.flush();
    return 1;
  }
}
