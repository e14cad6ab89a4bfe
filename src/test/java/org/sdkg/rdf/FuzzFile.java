package org.sdkg.rdf;

import jakarta.json.Json;
import java.time.LocalDate;

/**
 * One fuzz article as a file: its name and content in one of the four input formats.
 *
 * @param name file name with its extension
 * @param content what the file holds
 */
record FuzzFile(String name, String content) {

  /** The article in the format of {@code extension}: txt, md, jsonl or html. */
  static FuzzFile of(String stem, String extension, LocalDate date, String title, String body) {
    String name = stem + "." + extension;
    return switch (extension) {
      case "txt" -> new FuzzFile(name, "date " + date + " " + title + "\n\n" + body + "\n");
      case "md" -> {
        String quoted = title.replace("\\", "\\\\").replace("\"", "\\\"");
        yield new FuzzFile(
            name, "---\ndate: " + date + "\ntitle: \"" + quoted + "\"\n---\n" + body);
      }
      case "jsonl" -> {
        // The JSON writer escapes control characters and keeps lone surrogates as escapes.
        String line =
            Json.createObjectBuilder()
                .add("date", date.toString())
                .add("title", title)
                .add("text", body)
                .build()
                .toString();
        yield new FuzzFile(name, line + "\n");
      }
      case "html" -> new FuzzFile(name, html(date, title, body));
      default -> throw new IllegalArgumentException("no format " + extension);
    };
  }

  private static String html(LocalDate date, String title, String body) {
    StringBuilder html =
        new StringBuilder("<html><head><title>")
            .append(escapeHtml(title))
            .append("</title><meta name=\"date\" content=\"")
            .append(date)
            .append("\"></head><body><article>");
    for (String paragraph : body.split("\n\n")) {
      html.append("<p>").append(escapeHtml(paragraph)).append("</p>\n");
    }
    return html.append("</article></body></html>").toString();
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
