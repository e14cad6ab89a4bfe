package org.sdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts more lines than fit in the heap (an external merge sort) and gives each distinct line once.
 * Lines gather in memory until they hold {@code chunkChars} characters; that chunk is then sorted
 * and written to a {@link SpillFile}, and the sorted runs are merged at the end. The heap holds one
 * chunk, or while merging one read buffer per run; runs beyond {@code fanIn} are first merged into
 * longer runs, so the number of buffers stays bounded however large the input.
 *
 * <p>Lines are compared with {@link String#compareTo}, so the order does not depend on the platform
 * or on how the lines were split into chunks.
 */
final class SortedLines implements AutoCloseable {
  /** Default chunk: about 16 million characters, some 100,000 lines of N-Quads. */
  static final int CHUNK_CHARS = 16 << 20;

  /** Default number of runs merged at once. */
  static final int FAN_IN = 128;

  private static final int READ_BUFFER_CHARS = 1 << 14;

  private final Path folder;
  private final String name;
  private final int chunkChars;
  private final int fanIn;
  private List<String> chunk = new ArrayList<>();
  private final List<SpillFile> runs = new ArrayList<>();
  private long chunkSize;
  private int spilled;
  private boolean reading;

  /**
   * @param folder where runs are written (the folder of the output file)
   * @param name the output's file name, which the runs' names start with
   */
  SortedLines(Path folder, String name, int chunkChars, int fanIn) {
    if (chunkChars < 1 || fanIn < 2) {
      throw new IllegalArgumentException("chunkChars must be >= 1 and fanIn >= 2");
    }
    this.folder = folder;
    this.name = name;
    this.chunkChars = chunkChars;
    this.fanIn = fanIn;
  }

  void add(String line) {
    if (reading) {
      throw new IllegalStateException("lines are being read; no more can be added");
    }
    chunk.add(line);
    chunkSize += line.length();
    if (chunkSize >= chunkChars) {
      spill(sortedChunk());
    }
  }

  /** How many runs were written to disk so far (for tests: 0 means all fitted in memory). */
  int spilled() {
    return spilled;
  }

  /** The distinct lines added, ascending. Call once, after the last {@link #add}. */
  Iterator<String> distinct() {
    reading = true;
    Iterator<String> last = sortedChunk();
    if (runs.isEmpty()) {
      return last;
    }
    while (runs.size() + 1 > fanIn) {
      // The group stays in runs until merged, so close() deletes it if the merge fails.
      List<SpillFile> group = List.copyOf(runs.subList(0, fanIn));
      spill(merge(readers(group)));
      runs.subList(0, fanIn).clear();
      closeAll(group);
    }
    List<Iterator<String>> sources = readers(runs);
    sources.add(last);
    return merge(sources);
  }

  private Iterator<String> sortedChunk() {
    List<String> sorted = chunk;
    sorted.sort(null);
    chunk = new ArrayList<>();
    chunkSize = 0;
    return new Distinct(sorted.iterator());
  }

  private void spill(Iterator<String> sorted) {
    try {
      SpillFile run = SpillFile.create(folder, name);
      runs.add(run);
      run.write(sorted);
      spilled++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a sort run in " + folder, e);
    }
  }

  private static List<Iterator<String>> readers(List<SpillFile> files) {
    List<Iterator<String>> readers = new ArrayList<>();
    for (SpillFile f : files) {
      readers.add(f.lines(READ_BUFFER_CHARS));
    }
    return readers;
  }

  private static Iterator<String> merge(List<Iterator<String>> sources) {
    PriorityQueue<Head> heads = new PriorityQueue<>();
    for (Iterator<String> source : sources) {
      if (source.hasNext()) {
        heads.add(new Head(source.next(), source));
      }
    }
    return new Distinct(
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return !heads.isEmpty();
          }

          @Override
          public String next() {
            Head head = heads.poll();
            if (head == null) {
              throw new NoSuchElementException();
            }
            if (head.rest.hasNext()) {
              heads.add(new Head(head.rest.next(), head.rest));
            }
            return head.line;
          }
        });
  }

  /** The smallest line not yet merged from one source, and the source's remaining lines. */
  private record Head(String line, Iterator<String> rest) implements Comparable<Head> {
    @Override
    public int compareTo(Head other) {
      return line.compareTo(other.line);
    }
  }

  /** Drops each line equal to the one before (the input is sorted). */
  private static final class Distinct implements Iterator<String> {
    private final Iterator<String> sorted;
    private String next;

    Distinct(Iterator<String> sorted) {
      this.sorted = sorted;
      this.next = sorted.hasNext() ? sorted.next() : null;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public String next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      String line = next;
      next = null;
      while (sorted.hasNext() && next == null) {
        String candidate = sorted.next();
        if (!candidate.equals(line)) {
          next = candidate;
        }
      }
      return line;
    }
  }

  private static void closeAll(List<SpillFile> files) {
    IOException failure = null;
    for (SpillFile f : files) {
      try {
        f.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Deletes the runs. */
  @Override
  public void close() {
    chunk.clear();
    closeAll(runs);
    runs.clear();
  }
}
