package org.sdkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as aligned columns for a terminal, cutting cells longer than a width with an
 * ellipsis.
 */
public final class TextTable {
  private TextTable() {}

  public static void print(
      PrintWriter out, List<String> header, List<List<String>> rows, int maxWidth) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    for (List<String> row : rows) {
      all.add(row.stream().map(c -> cut(c == null ? "" : c, maxWidth)).toList());
    }
    int[] widths = new int[header.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println("(" + rows.size() + " rows)");
  }

  private static String cut(String s, int width) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }
}
