package org.sdkg.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The sentence templates and word lists of the corpus generator, read once from {@code
 * templates.txt}: sections of lines, each drawn uniformly. Immutable and shared.
 */
final class Templates {
  private final Map<String, List<String>> sections;

  private Templates(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  static Templates load() {
    return Holder.INSTANCE;
  }

  /** The lines of a section, in file order. */
  List<String> section(String name) {
    List<String> lines = sections.get(name);
    if (lines == null) {
      throw new IllegalArgumentException("templates.txt has no section [" + name + "]");
    }
    return lines;
  }

  /** Every section name, in file order. */
  List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }

  /** One line of the section, drawn uniformly. */
  String pick(String section, RandomGenerator random) {
    List<String> lines = section(section);
    return lines.get(random.nextInt(lines.size()));
  }

  private static Templates read() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = Templates.class.getResourceAsStream("templates.txt")) {
      if (in == null) {
        throw new IllegalStateException("templates.txt is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(trimmed.substring(1, trimmed.length() - 1), current);
        } else if (current == null) {
          throw new IllegalStateException("templates.txt: line before any [section]: " + line);
        } else {
          current.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return new Templates(Map.copyOf(sections));
  }

  private static final class Holder {
    static final Templates INSTANCE = read();
  }
}
