package org.sdkg.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@code sdkg serve} needs to start a server.
 *
 * @param store the TDB2 store folder
 * @param host the address to bind; loopback unless the user asks otherwise
 * @param port the HTTP port; 0 picks a free one
 * @param dataset the dataset path, e.g. {@code /sdkg}
 * @param timeout the longest a query or update may run
 * @param maxResults the most rows (or triples) a query returns; 0 for no limit
 * @param allowService whether the SPARQL {@code SERVICE} clause may call other servers
 * @param fusekiBase Fuseki's run area (FUSEKI_BASE); only looked at for a custom {@code webapp/}
 * @param queries the query library folder offered as UI examples; the jar's copy when missing
 */
public record ServeOptions(
    Path store,
    String host,
    int port,
    String dataset,
    Access access,
    Duration timeout,
    long maxResults,
    boolean allowService,
    Path fusekiBase,
    Path queries) {

  public ServeOptions {
    if (!dataset.startsWith("/")) {
      dataset = "/" + dataset;
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxResults < 0) {
      throw new IllegalArgumentException("maxResults must be >= 0, got " + maxResults);
    }
  }

  public boolean update() {
    return !(access instanceof Access.ReadOnly);
  }
}
