package org.sdkg.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block between {@code ---} lines at the top of a Markdown file. Only flat {@code key: value}
 * lines are read (what Jekyll, Hugo and Pandoc front matter uses for dates and titles); indented
 * lines belong to nested YAML values and are ignored, so a nested {@code title:} (say, of an image)
 * is never taken for the article's.
 *
 * @param fields top-level keys (lower case) with their value and line; the first occurrence wins
 * @param openingLine 1-based line of the opening {@code ---}
 * @param bodyStart offset of the first character after the closing line
 */
record FrontMatter(Map<String, Field> fields, int openingLine, int bodyStart) {
  private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z][\\w.-]*)\\s*:(.*)");

  /** One value as written, without quotes, and the 1-based line it is on. */
  record Field(String value, int line) {}

  FrontMatter {
    fields = Map.copyOf(fields);
  }

  Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  static FrontMatter parse(String content) throws BadArticleException {
    Map<String, Field> fields = new HashMap<>();
    int opening = 0;
    int lineNo = 0;
    int lineStart = 0;
    while (lineStart < content.length()) {
      lineNo++;
      int newline = content.indexOf('\n', lineStart);
      int next = newline < 0 ? content.length() : newline + 1;
      String line = content.substring(lineStart, newline < 0 ? content.length() : newline);
      lineStart = next;
      String stripped = line.strip();
      if (opening == 0) {
        if (stripped.isEmpty()) {
          continue;
        }
        if (!stripped.equals("---")) {
          throw new BadArticleException(
              lineNo,
              "no front matter; start the file with \"---\", \"date: YYYY-MM-DD\", \"title: ...\""
                  + " and \"---\" lines");
        }
        opening = lineNo;
      } else if (stripped.equals("---") || stripped.equals("...")) {
        return new FrontMatter(fields, opening, next);
      } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        Matcher m = KEY_VALUE.matcher(stripped);
        if (m.matches()) {
          String key = m.group(1).toLowerCase(Locale.ROOT);
          fields.putIfAbsent(key, new Field(unquote(m.group(2)), lineNo));
        }
      }
    }
    throw new BadArticleException(
        opening, "front matter is not closed; add a \"---\" line after its last field");
  }

  /** A YAML scalar as written: quotes removed, or an end-of-line comment of a plain value. */
  static String unquote(String raw) {
    String v = raw.strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      return v.substring(1, v.length() - 1).replace("''", "'");
    }
    int comment = v.indexOf(" #");
    return comment < 0 ? v : v.substring(0, comment).strip();
  }
}
