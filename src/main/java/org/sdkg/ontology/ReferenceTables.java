package org.sdkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated reference tables shipped in this package. */
final class ReferenceTables {
  private ReferenceTables() {}

  /** One data row: the table's name and 1-based line (for error messages) and its cells. */
  record Row(String source, int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    List<String> list(int i) {
      String c = cell(i);
      return c.isEmpty()
          ? List.of()
          : Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(source + ":" + line + ": " + message);
    }
  }

  static List<Row> readResource(String name) {
    try (InputStream in = ReferenceTables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource org/sdkg/ontology/" + name);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of {@code text}; blank lines and lines starting with {@code #} are skipped. */
  static List<Row> parse(String source, String text) {
    String[] lines = text.split("\r?\n", -1);
    var rows = new java.util.ArrayList<Row>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows.add(new Row(source, i + 1, List.of(line.split("\t", -1))));
    }
    return rows;
  }
}
