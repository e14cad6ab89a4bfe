package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedLinesTest {
  @TempDir Path tmp;

  private static List<String> drain(Iterator<String> lines) {
    List<String> out = new ArrayList<>();
    lines.forEachRemaining(out::add);
    return out;
  }

  /**
   * 2,000 lines of 40 characters from 500 values, so most come several times, some in different
   * chunks; non-ASCII, so the runs' encoding is exercised.
   */
  private static List<String> randomLines() {
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      lines.add(String.format("<https://example.org/%03d> \"é中abcdefgh\" .", random.nextInt(500)));
    }
    return lines;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void distinct_linesThatFitInOneChunk_sortedOnceEach_withoutSpilling() {
    List<String> lines = randomLines();
    try (SortedLines sorted = new SortedLines(tmp, "x.nt", Integer.MAX_VALUE, 128)) {
      lines.forEach(sorted::add);
      assertEquals(List.copyOf(new TreeSet<>(lines)), drain(sorted.distinct()));
      assertEquals(0, sorted.spilled());
    }
  }

  @Test
  void distinct_tinyChunksAndFanInTwo_spillsAndMergesInSeveralPasses_toTheSameLines()
      throws IOException {
    List<String> lines = randomLines();
    assertEquals(40, lines.get(0).length());
    try (SortedLines sorted = new SortedLines(tmp, "x.nt", 1_000, 2)) {
      lines.forEach(sorted::add);
      List<String> out = drain(sorted.distinct());
      assertEquals(List.copyOf(new TreeSet<>(lines)), out);
      // 25 lines fill a chunk of 1,000 characters: 80 runs, then 79 merges of two runs into one.
      assertEquals(80 + 79, sorted.spilled());
    }
    assertEquals(List.of(), names(tmp), "no run left in the folder");
  }

  @Test
  void distinct_noLines_isEmpty() {
    try (SortedLines sorted = new SortedLines(tmp, "x.nt", 10, 2)) {
      assertEquals(List.of(), drain(sorted.distinct()));
    }
  }

  @Test
  void add_afterReadingStarted_isRefused() {
    try (SortedLines sorted = new SortedLines(tmp, "x.nt", 10, 2)) {
      sorted.add("a");
      sorted.distinct();
      assertThrows(IllegalStateException.class, () -> sorted.add("b"));
    }
  }
}
