package org.sdkg.ingest;

import java.nio.file.Path;

/**
 * One file (or one line of a file) that was skipped, or a note about it.
 *
 * @param file the offending file
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do
 */
public record IngestProblem(Path file, int line, String message) {

  /** {@code file:line: message}, the form every command prints. */
  public String format() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
