package org.sdkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment block at the top of a query file that says what the query answers and which
 * parameters it takes. The format (documented for users in {@code docs/queries.md}):
 *
 * <pre>
 * # title: Partners of a country
 * # description: Every country or organisation that cooperates with the given country,
 * #   one row per partner and topic.
 * # param: country country CHN the country whose partners are listed
 * # param: topic topic - only this topic (omit for all topics)
 * </pre>
 *
 * <p>Key lines are {@code # key: value} with the keys {@code title}, {@code description} and {@code
 * param}; a line indented by two or more spaces after {@code #} continues the previous value. A
 * param line is {@code NAME TYPE DEFAULT DESCRIPTION}: TYPE is {@code country}, {@code topic},
 * {@code text}, {@code integer}, {@code date} or a list of allowed words such as {@code
 * year|month}; DEFAULT is {@code -} for none. A file whose leading comments have no key line has no
 * header (and no parameters), so any SPARQL file can be run.
 *
 * @param title one line saying what the query answers
 * @param description more detail, or empty
 * @param parameters in the order declared
 */
public record QueryHeader(String title, String description, List<QueryParameter> parameters) {
  private static final Pattern KEY_LINE = Pattern.compile("# ?([A-Za-z_-]+):(.*)");
  private static final Pattern CONTINUATION = Pattern.compile("# {2,}(\\S.*)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern CHOICES = Pattern.compile("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+");

  public QueryHeader {
    parameters = List.copyOf(parameters);
  }

  /** No title, no description, no parameters. */
  public static QueryHeader none() {
    return new QueryHeader("", "", List.of());
  }

  public Optional<QueryParameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Reads the header of a query text.
   *
   * @param source how to name the file in error messages ({@code queries/partners.rq})
   */
  public static QueryHeader parse(String text, String source) {
    List<String> block = text.lines().map(String::strip).takeWhile(l -> l.startsWith("#")).toList();
    if (block.stream().noneMatch(l -> KEY_LINE.matcher(l).matches())) {
      return none();
    }
    Map<String, StringBuilder> values = new LinkedHashMap<>();
    List<Integer> paramLines = new ArrayList<>();
    List<StringBuilder> params = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      Matcher key = KEY_LINE.matcher(line);
      Matcher more = CONTINUATION.matcher(line);
      if (more.matches() && current != null) {
        current.append(' ').append(more.group(1).strip());
      } else if (key.matches()) {
        String k = key.group(1).toLowerCase(Locale.ROOT);
        current = new StringBuilder(key.group(2).strip());
        switch (k) {
          case "title", "description" -> {
            if (values.put(k, current) != null) {
              throw error(source, i, "has a second \"" + k + ":\" line; keep one");
            }
          }
          case "param" -> {
            params.add(current);
            paramLines.add(i);
          }
          default ->
              throw error(
                  source,
                  i,
                  "unknown header key \""
                      + key.group(1)
                      + "\"; the header knows title, description and param");
        }
      } else if (!line.equals("#")) {
        throw error(
            source,
            i,
            "is neither \"# key: value\" nor a continuation indented by two spaces; found \""
                + line
                + "\"");
      }
    }
    String title = values.getOrDefault("title", new StringBuilder()).toString();
    if (title.isEmpty()) {
      throw error(source, 0, "has no title; add \"# title: what it answers\"");
    }
    List<QueryParameter> parsed = new ArrayList<>();
    for (int j = 0; j < params.size(); j++) {
      QueryParameter p = parameter(params.get(j).toString(), source, paramLines.get(j));
      if (parsed.stream().anyMatch(q -> q.name().equals(p.name()))) {
        throw error(source, paramLines.get(j), "declares parameter " + p.name() + " twice");
      }
      parsed.add(p);
    }
    String description = values.getOrDefault("description", new StringBuilder()).toString();
    return new QueryHeader(title, description, parsed);
  }

  private static QueryParameter parameter(String spec, String source, int line) {
    String[] parts = spec.split("\\s+", 4);
    if (parts.length < 3 || !NAME.matcher(parts[0]).matches()) {
      throw error(
          source,
          line,
          "param line must be \"# param: NAME TYPE DEFAULT DESCRIPTION\" (DEFAULT - for none);"
              + " found \"# param: "
              + spec
              + "\"");
    }
    ParameterType type;
    List<String> choices = List.of();
    if (CHOICES.matcher(parts[1]).matches()) {
      type = ParameterType.CHOICE;
      choices = Arrays.asList(parts[1].split("\\|"));
    } else {
      type =
          Arrays.stream(ParameterType.values())
              .filter(t -> t != ParameterType.CHOICE && t.word().equals(parts[1]))
              .findFirst()
              .orElseThrow(
                  () ->
                      error(
                          source,
                          line,
                          "parameter "
                              + parts[0]
                              + " has unknown type \""
                              + parts[1]
                              + "\"; use country, topic, text, integer, date or words like"
                              + " year|month"));
    }
    String defaultValue = parts[2].equals("-") ? null : parts[2];
    String description = parts.length > 3 ? parts[3] : "";
    return new QueryParameter(parts[0], type, choices, defaultValue, description);
  }

  private static QueryException error(String source, int lineIndex, String message) {
    return new QueryException(source + ":" + (lineIndex + 1) + ": header " + message);
  }
}
