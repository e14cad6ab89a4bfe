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

  /**
   * {@code file:line: message}, the form every command prints; always one line, even for a file
   * name with a line break in it (control characters are shown as {@code ?}).
   */
  public String format() {
    String text = line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> out.appendCodePoint(Character.getType(c) == Character.CONTROL ? '?' : c));
    return out.toString();
  }
}
