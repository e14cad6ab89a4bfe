package org.sdkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The services of the served dataset: Fuseki's standard names, with writes only where credentials
 * guard them.
 *
 * <p>Read-only: {@code /ds} and {@code /ds/sparql}, {@code /ds/query} answer queries, {@code
 * /ds/get} and {@code /ds/data} read graphs. With update access, {@code /ds/update} and a
 * read-write {@code /ds/data} are added behind basic authentication. Queries stay open; {@code
 * /ds/sparql} does not take updates, because Jetty's authentication is per path, so a path that
 * takes both would force a login on every query.
 */
final class DatasetEndpoints {
  private DatasetEndpoints() {}

  static DataService build(DatasetGraph dataset, ServeOptions options) {
    Context context = context(options);
    // Queries see the union of the named graphs as their default graph, as `sdkg query` does on
    // the store, so the library queries run unchanged; writes still address real graphs.
    Context queryContext = context.copy().set(TDB2.symUnionDefaultGraph, true);
    GuardedQuery guarded =
        new GuardedQuery(GuardedQuery.defaultSlots(), options.timeout(), options.maxResults());
    DataService.Builder service = DataService.newBuilder(dataset);
    for (String name : List.of("", "sparql", "query")) {
      service.addEndpoint(
          Endpoint.create()
              .operation(Operation.Query)
              .endpointName(name)
              .context(queryContext)
              .processor(guarded)
              .build());
    }
    service.addEndpoint(endpoint(Operation.GSP_R, "", context, null));
    service.addEndpoint(endpoint(Operation.GSP_R, "get", context, null));
    if (options.access() instanceof Access.Update update) {
      AuthPolicy writer = Auth.policyAllowSpecific(update.credentials().user());
      service.addEndpoint(endpoint(Operation.Update, "update", context, writer));
      service.addEndpoint(endpoint(Operation.GSP_RW, "data", context, writer));
    } else if (options.access() instanceof Access.ShiroUpdate) {
      // Shiro's filter, in front of Fuseki, authenticates and authorises these paths.
      service.addEndpoint(endpoint(Operation.Update, "update", context, null));
      service.addEndpoint(endpoint(Operation.GSP_RW, "data", context, null));
    } else {
      service.addEndpoint(endpoint(Operation.GSP_R, "data", context, null));
    }
    return service.build();
  }

  /** The paths a user can call, relative to the dataset URL, for the startup banner. */
  static List<String> describe(ServeOptions options) {
    List<String> lines = new ArrayList<>();
    lines.add("/sparql   SPARQL query (also /query and the dataset URL itself)");
    lines.add("/get      Graph Store Protocol, read (?default or ?graph=IRI)");
    if (options.access() instanceof Access.Update) {
      lines.add("/data     Graph Store Protocol, read-write (login required)");
      lines.add("/update   SPARQL Update (login required)");
    } else if (options.access() instanceof Access.ShiroUpdate shiro) {
      lines.add(
          "/data     Graph Store Protocol, read-write (access as " + shiro.shiroIni() + " says)");
      lines.add("/update   SPARQL Update (access as " + shiro.shiroIni() + " says)");
    } else {
      lines.add("/data     Graph Store Protocol, read");
    }
    return lines;
  }

  private static Endpoint endpoint(
      Operation operation, String name, Context context, AuthPolicy authPolicy) {
    Endpoint.Builder b = Endpoint.create().operation(operation).endpointName(name).context(context);
    if (authPolicy != null) {
      b.authPolicy(authPolicy);
    }
    return b.build();
  }

  /** Per-endpoint settings, so nothing JVM-wide (ARQ's global context) has to change. */
  private static Context context(ServeOptions options) {
    Context context = new Context();
    String millis = Long.toString(options.timeout().toMillis());
    context.set(ARQ.queryTimeout, millis);
    context.set(ARQ.updateTimeout, millis);
    context.set(Service.httpServiceAllowed, options.allowService());
    return context;
  }
}
