package org.sdkg.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold relation file ({@code file a b relation status topic project date evidence}). */
public final class GoldTsv {
  private GoldTsv() {}

  /**
   * Thrown for a gold file that does not follow the format; the message names the line and the fix.
   */
  public static final class BadGoldException extends Exception {
    public BadGoldException(String message) {
      super(message);
    }
  }

  public static List<GoldRow> read(Path path) throws IOException, BadGoldException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith("file\ta\tb\trelation")) {
      throw new BadGoldException(
          path + ":1: the header must be \"" + String.join("\\t", RelationTsv.HEADER) + "\"");
    }
    List<GoldRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 6) {
        throw new BadGoldException(
            path + ":" + (i + 1) + ": expected 9 tab-separated columns, found " + c.length);
      }
      rows.add(
          new GoldRow(
              c[0], c[1], c[2], c[3], c[4], c[5], cell(c, 6), cell(c, 7), cell(c, 8), i + 1));
    }
    return rows;
  }

  private static String cell(String[] c, int i) {
    return i < c.length ? c[i] : "";
  }
}
