package org.sdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;

/** {@code /examples}: a page linking each library query into the Fuseki UI's query editor. */
final class ExamplesServlet extends HttpServlet {
  private final String dataset;
  private final List<QueryExamples.Example> examples;
  private final String source;

  /**
   * @param source where the queries came from, e.g. {@code queries} or {@code the sdkg jar}
   */
  ExamplesServlet(String dataset, List<QueryExamples.Example> examples, String source) {
    this.dataset = dataset;
    this.examples = List.copyOf(examples);
    this.source = source;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<title>sdkg example queries</title></head><body>");
    out.println("<h1>Example queries for " + Entities.escape(dataset) + "</h1>");
    out.println(
        "<p>From "
            + Entities.escape(source)
            + ". Each link opens the query in the Fuseki UI;"
            + " press its run button. Parameters have their default values; edit them there.</p>");
    out.println("<ul>");
    for (QueryExamples.Example e : examples) {
      out.println(
          "<li><a href=\""
              + Entities.escape(QueryExamples.uiLink(dataset, e))
              + "\">"
              + Entities.escape(e.title())
              + "</a> <code>"
              + Entities.escape(e.name())
              + "</code><br>"
              + Entities.escape(e.description())
              + "</li>");
    }
    out.println("</ul></body></html>");
  }
}
