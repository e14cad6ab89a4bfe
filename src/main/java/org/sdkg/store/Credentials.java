package org.sdkg.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and password for HTTP basic authentication, shared by {@code sdkg load} (client) and
 * {@code sdkg serve --update} (server).
 */
public record Credentials(String user, String password) {

  public Credentials {
    if (user.isBlank() || user.contains(":")) {
      throw new IllegalArgumentException("user name must be non-empty and must not contain ':'");
    }
    if (password.isEmpty()) {
      throw new IllegalArgumentException("password must not be empty");
    }
  }

  /** The value of an {@code Authorization} header that sends these credentials pre-emptively. */
  public String basicAuthorization() {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Never prints the password (a record's default would). */
  @Override
  public String toString() {
    return "Credentials[user=" + user + "]";
  }
}
