package org.sdkg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP for tests that check status codes, headers and bodies exactly. */
public final class Http {
  // Jetty may close a kept-alive connection right after an error response; a PUT or POST sent on it
  // at that moment gets no bytes back, and the JDK client retries only GETs then unless
  // -Djdk.httpclient.enableAllMethodRetry=true, which the pom's surefire argLine sets.
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** One response: status, Content-Type without parameters, body. */
  public record Response(int status, String contentType, String body) {}

  public static Response get(String url, String accept) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
  }

  /** {@code GET endpoint?query=...} */
  public static Response query(String endpoint, String query, String accept) {
    return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
  }

  /**
   * Sends {@code body} with {@code method}.
   *
   * @param authorization an Authorization header value, or null for none
   */
  public static Response send(
      String method, String url, String contentType, String body, String authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  /**
   * A GET sent over a plain socket: Java's HTTP client refuses to send a malformed URL, which is
   * exactly what this request is.
   */
  public static Response rawGet(int port, String pathAndQuery) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      return new Response(status, "", body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      int semicolon = type.indexOf(';');
      return new Response(
          r.statusCode(), semicolon < 0 ? type : type.substring(0, semicolon).strip(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
