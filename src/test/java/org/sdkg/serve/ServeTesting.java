package org.sdkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sdkg.Fixtures;
import org.sdkg.TestPaths;

/** Options and requests shared by the serve tests. */
final class ServeTesting {
  private ServeTesting() {}

  /** Loopback, any free port, dataset /sdkg, 30 s timeout, no result limit, SERVICE off. */
  static ServeOptions options(Path store, Access access) {
    return new ServeOptions(
        store,
        "127.0.0.1",
        0,
        "/sdkg",
        access,
        Duration.ofSeconds(30),
        0,
        false,
        store.resolveSibling("fuseki-run"),
        TestPaths.project().resolve("queries"));
  }

  static ServeOptions with(
      ServeOptions o, Duration timeout, long maxResults, boolean allowService) {
    return new ServeOptions(
        o.store(),
        o.host(),
        o.port(),
        o.dataset(),
        o.access(),
        timeout,
        maxResults,
        allowService,
        o.fusekiBase(),
        o.queries());
  }

  /** {@code service-call.rq} with its SERVICE pointed at {@code remote}. */
  static Query serviceQuery(String remote) {
    return QueryTransformOps.transform(
        Fixtures.query("service-call.rq"),
        Map.of(Var.alloc("remote"), NodeFactory.createURI(remote)));
  }

  static String update(String name) {
    try (InputStream in = ServeTesting.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
