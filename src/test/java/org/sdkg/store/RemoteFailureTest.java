package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.junit.jupiter.api.Test;

/** The statuses the integration tests cannot provoke from a real Fuseki: 403, 503, 500. */
class RemoteFailureTest {
  private static final String URL = "http://h:1/ds/data";

  @Test
  void status403_withUser_saysTheAccountMayNotWrite() {
    RemoteFailure f = RemoteFailure.of(new HttpException(403, "Forbidden", ""), URL, "bob");

    assertEquals(RemoteFailure.Kind.AUTH, f.kind());
    assertEquals(
        URL + ": user 'bob' may not write here (HTTP 403); use an account with write access",
        f.message());
  }

  @Test
  void status403_anonymous_suggestsUser() {
    RemoteFailure f = RemoteFailure.of(new HttpException(403, "Forbidden", ""), URL, null);

    assertEquals(
        URL + ": anonymous writes are refused (HTTP 403); pass --user NAME --password-file FILE",
        f.message());
  }

  @Test
  void status503_isTransientAndRetried() {
    RemoteFailure f = RemoteFailure.of(new HttpException(503, "Unavailable", "busy"), URL, null);

    assertEquals(RemoteFailure.Kind.TRANSIENT, f.kind());
    assertEquals(true, f.kind().retry());
    assertEquals(URL + ": the server is unavailable (HTTP 503 \"busy\")", f.message());
  }

  @Test
  void status500_failsThisGraphOnly() {
    RemoteFailure f =
        RemoteFailure.of(new HttpException(500, "Server Error", "<html>stack</html>"), URL, null);

    assertEquals(RemoteFailure.Kind.GRAPH, f.kind());
    assertEquals(List.of(false, false), List.of(f.kind().retry(), f.kind().stopsLoad()));
    assertEquals(URL + ": HTTP 500", f.message());
  }

  @Test
  void retryPolicy_doublesTheDelayUpToThirtySeconds() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(500));

    assertEquals(
        List.of(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(30)),
        List.of(p.delayBefore(2), p.delayBefore(3), p.delayBefore(4), p.delayBefore(10)));
    assertEquals(11, p.attempts());
  }
}
