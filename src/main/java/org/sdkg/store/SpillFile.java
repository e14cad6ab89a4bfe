package org.sdkg.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;

/**
 * One sorted run of lines that {@link SortedLines} moved out of the heap. The file is opened with
 * {@code DELETE_ON_CLOSE}, which on Linux and macOS unlinks it at once (the open channel keeps the
 * data) and on Windows deletes it when the handle closes: a dump that fails, or a process that is
 * killed, leaves no run behind in the output's folder. The lines are written and read back through
 * the same channel for that reason.
 */
final class SpillFile implements AutoCloseable {
  private final FileChannel channel;

  private SpillFile(FileChannel channel) {
    this.channel = channel;
  }

  /** A new, empty run in {@code folder}, named after the file being written ({@code name}). */
  static SpillFile create(Path folder, String name) throws IOException {
    Path path = Files.createTempFile(folder, "." + name + ".", ".sort");
    try {
      return new SpillFile(
          FileChannel.open(
              path,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(path);
      throw e;
    }
  }

  /** Writes {@code lines}, one per line, from the start of the file. */
  void write(Iterator<String> lines) throws IOException {
    channel.truncate(0);
    channel.position(0);
    // Not closed: closing the writer would close the channel, and with it delete the run.
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
            1 << 16);
    while (lines.hasNext()) {
      out.write(lines.next());
      out.write('\n');
    }
    out.flush();
  }

  /** The lines written, in order; reading them uses a buffer of {@code bufferChars}. */
  Iterator<String> lines(int bufferChars) {
    try {
      channel.position(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8),
            bufferChars);
    return in.lines().iterator();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
