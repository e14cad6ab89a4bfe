package org.sdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.sdkg.query.ParameterBinder;
import org.sdkg.query.QueryLibrary;
import org.sdkg.query.QueryText;

/**
 * The query library ({@code queries/*.rq}) with its parameters substituted, as SPARQL text ready to
 * send over HTTP: the fixed parameter sets of the query benchmarks. Either each query's declared
 * defaults, or a parameter file ({@link #readParameters}) that narrows queries the way an analyst
 * asks one question (one country, one pair, one topic); what a query is not given there keeps its
 * default.
 */
public final class BenchQueries {
  /** One query to send: its library name and its SPARQL text. */
  public record Named(String name, String sparql) {}

  private BenchQueries() {}

  /** Every library query with its declared defaults. */
  public static List<Named> load(Path queriesFolder) {
    return load(queriesFolder, Map.of());
  }

  /**
   * Every library query with the values {@code parameters} gives it (by query name, then parameter
   * name), and its declared defaults for the rest. Values are checked as {@code sdkg query} checks
   * them.
   */
  public static List<Named> load(Path queriesFolder, Map<String, Map<String, String>> parameters) {
    ParameterBinder binder = ParameterBinder.standard();
    List<Named> out = new ArrayList<>();
    for (QueryText text : QueryLibrary.in(queriesFolder).all()) {
      Query parsed = QueryFactory.create(text.text());
      // The substitution `sdkg query --endpoint` makes.
      Binding values = binder.bind(text, parameters.getOrDefault(text.name(), Map.of()));
      out.add(new Named(text.name(), ParameterBinder.substitute(parsed, values).serialize()));
    }
    return out;
  }

  /**
   * Reads a parameter file: one line per query, {@code NAME key=value key=value ...}; blank lines
   * and lines starting with {@code #} are skipped. Values hold no spaces.
   */
  public static Map<String, Map<String, String>> readParameters(Path file) {
    Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+");
      Map<String, String> values = new LinkedHashMap<>();
      for (int w = 1; w < words.length; w++) {
        int eq = words[w].indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              file + ":" + (i + 1) + ": expected key=value, found \"" + words[w] + "\"");
        }
        values.put(words[w].substring(0, eq), words[w].substring(eq + 1));
      }
      parameters.put(words[0], values);
    }
    return parameters;
  }
}
