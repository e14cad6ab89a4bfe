package org.sdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Answers 400 to a request whose parameters are not valid percent-encoding ({@code ?query=%zz}).
 * Jetty decodes parameters lazily, inside Fuseki's handler, which reports the decoding error as a
 * server failure: 500, and a stack trace in the log for every such request.
 */
final class MalformedParameters implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Multipart bodies (file uploads) are left to their reader: decoding them here would consume
    // the stream. Form bodies are decoded once and cached by Jetty, so Fuseki still sees them.
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      try {
        request.getParameterMap();
      } catch (BadMessageException e) {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        http.setContentType("text/plain");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        http.getWriter()
            .println(
                "Bad request: a parameter is not valid percent-encoding ("
                    + reason(e)
                    + "); write '%' as %25");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static String reason(BadMessageException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? "malformed" : cause.getMessage();
  }
}
