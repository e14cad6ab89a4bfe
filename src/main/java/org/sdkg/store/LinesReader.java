package org.sdkg.store;

import java.io.Reader;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * The text of a stream of lines, each changed by {@code form} and ended by a newline, read as it is
 * produced. It lets RIOT's parsers read the merged output of {@link SortedLines} without the whole
 * text ever being in memory or on disk.
 */
final class LinesReader extends Reader {
  private final Iterator<String> lines;
  private final UnaryOperator<String> form;
  private String current = "";
  private int position;

  LinesReader(Iterator<String> lines, UnaryOperator<String> form) {
    this.lines = lines;
    this.form = form;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length) {
      if (position == current.length()) {
        if (!lines.hasNext()) {
          break;
        }
        current = form.apply(lines.next()) + "\n";
        position = 0;
      }
      int n = Math.min(length - copied, current.length() - position);
      current.getChars(position, position + n, buffer, offset + copied);
      position += n;
      copied += n;
    }
    return copied == 0 ? -1 : copied;
  }

  @Override
  public void close() {
    // The lines belong to the caller, who closes what they come from.
  }
}
