package org.sdkg.serve;

import java.net.BindException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.shiro.FMod_Shiro;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.sdkg.ontology.JsonLdContexts;
import org.sdkg.query.QueryException;
import org.sdkg.query.QueryLibrary;
import org.sdkg.store.Credentials;
import org.sdkg.store.TdbStore;

/**
 * Apache Jena Fuseki, embedded, serving one TDB2 store with the Fuseki web UI.
 *
 * <p>Unlike {@code FusekiServerRunner}, which adds the admin module (create, delete and back up
 * datasets over HTTP, and a {@code run/} folder in the working directory), only the UI module is
 * added, plus the read-only {@code /$/server} description the UI lists datasets from. Nothing is
 * written outside the store.
 */
public final class EmbeddedFuseki implements AutoCloseable {
  private static final int HTTP_THREADS = 200;
  private final FusekiServer server;
  private final TdbStore store;
  private final ServeOptions options;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean closed;

  private EmbeddedFuseki(FusekiServer server, TdbStore store, ServeOptions options) {
    this.server = server;
    this.store = store;
    this.options = options;
  }

  /**
   * Opens the store and starts the server; returns once it accepts requests.
   *
   * @throws org.sdkg.store.StoreException when the store is missing or in use
   * @throws ServeException when the server cannot bind its address
   */
  public static EmbeddedFuseki start(ServeOptions options) {
    // Uploads (with --update) are parsed in this JVM: JSON-LD must not fetch @context URLs.
    JsonLdContexts.refuseRemote();
    TdbStore store = TdbStore.openExisting(options.store());
    try {
      FusekiServer server = build(store.dataset(), options);
      bind(server, options.host());
      server.start();
      return new EmbeddedFuseki(server, store, options);
    } catch (RuntimeException e) {
      store.close();
      throw startFailure(e, options);
    }
  }

  private static ServeException startFailure(RuntimeException e, ServeOptions options) {
    String where = options.host() + ":" + options.port();
    if (causedBy(e, BindException.class)) {
      return new ServeException(
          "cannot listen on " + where + ": the port is in use; pick another with --port", e);
    }
    if (causedBy(e, UnknownHostException.class) || causedBy(e, SocketException.class)) {
      return new ServeException(
          "cannot listen on "
              + where
              + ": "
              + rootMessage(e)
              + "; --host must be an address of this machine, e.g. 127.0.0.1",
          e);
    }
    return new ServeException("cannot start the server on " + where + ": " + rootMessage(e), e);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static FusekiServer build(DatasetGraph store, ServeOptions options) {
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(options.port())
            // Embedded Fuseki's default pool is 20 threads: with more clients than that, requests
            // sit unread until Jetty's 30 s idle timeout closes their connections unanswered.
            // Jetty's own default, as the standalone Fuseki server uses; GuardedQuery limits how
            // many of them run a query at once.
            .numServerThreads(2, HTTP_THREADS)
            .add(options.dataset(), DatasetEndpoints.build(store, options))
            .enablePing(true)
            .enableStats(true)
            .enableCors(false)
            // FMod_UI finds its files through the server control object, which it expects the
            // admin module to have made; this one only points at the (unused) run area.
            .addServletAttribute(
                Fuseki.attrFusekiServerCtl, new FusekiServerCtl(options.fusekiBase()))
            .addServlet("/$/server", new ActionServerStatus())
            .addServlet("/examples", examples(options))
            .addFilter("/*", new UnreadBodies())
            .addFilter("/*", new MalformedParameters())
            .fusekiModules(modules(options.access()));
    if (options.access() instanceof Access.Update update) {
      builder.securityHandler(securityHandler(update.credentials()));
    }
    FusekiServer server = builder.build();
    // Jetty's static-file servlet (the UI's files) lists folders such as /static/ by default.
    server
        .getJettyServer()
        .getDescendant(ServletContextHandler.class)
        .setInitParameter(DefaultServlet.CONTEXT_INIT + "dirAllowed", "false");
    return server;
  }

  private static ExamplesServlet examples(ServeOptions options) {
    try {
      QueryLibrary library = QueryLibrary.locate(options.queries());
      return new ExamplesServlet(options.dataset(), QueryExamples.from(library), library.shownAs());
    } catch (QueryException e) {
      // Examples are a convenience: a broken library must not stop the endpoint.
      return new ExamplesServlet(options.dataset(), List.of(), "nowhere (" + e.getMessage() + ")");
    }
  }

  private static FusekiModules modules(Access access) {
    if (access instanceof Access.ShiroUpdate shiro) {
      return FusekiModules.create(
          FMod_UI.create(), new FMod_Shiro(shiro.shiroIni().toAbsolutePath().toString()));
    }
    return FusekiModules.create(FMod_UI.create());
  }

  private static org.eclipse.jetty.security.SecurityHandler securityHandler(Credentials who) {
    UserStore users = JettySecurityLib.makeUserStore(who.user(), who.password());
    // Fuseki adds a path constraint for each endpoint with an auth policy (update, data).
    return JettySecurityLib.makeSecurityHandler("sdkg", users, AuthScheme.BASIC);
  }

  /** Fuseki's builder knows only "loopback or all interfaces"; --host may name one address. */
  private static void bind(FusekiServer server, String host) {
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector connector) {
        connector.setHost(host);
      }
    }
  }

  /** Whether {@code host} is reachable only from this machine. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The port actually bound (differs from the option when it was 0). */
  public int port() {
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector connector && connector.getLocalPort() > 0) {
        return connector.getLocalPort();
      }
    }
    return server.getHttpPort();
  }

  /** {@code http://host:port}, with the host as given to {@code --host}. */
  public String baseUrl() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  public String datasetUrl() {
    return baseUrl() + options.dataset();
  }

  /** The lines {@code sdkg serve} prints at startup: mode, UI, endpoints, limits. */
  public List<String> banner() {
    List<String> lines = new ArrayList<>();
    lines.add("serving store " + options.store() + " as " + mode(options.access()));
    lines.add("  UI        " + baseUrl() + "/#/dataset" + options.dataset() + "/query");
    lines.add("  examples  " + baseUrl() + "/examples");
    lines.add("  dataset   " + datasetUrl() + "  (default graph: the union of all named graphs)");
    for (String endpoint : DatasetEndpoints.describe(options)) {
      lines.add("  " + datasetUrl() + endpoint);
    }
    lines.add("  " + baseUrl() + "/$/ping, " + baseUrl() + "/$/stats");
    lines.add(
        "  query timeout "
            + options.timeout().toMillis()
            + " ms; "
            + (options.maxResults() > 0
                ? "at most " + options.maxResults() + " results"
                : "no result limit")
            + "; SERVICE "
            + (options.allowService() ? "allowed" : "disabled"));
    return lines;
  }

  private static String mode(Access access) {
    if (access instanceof Access.Update) {
      return "read-write (writes need a login)";
    }
    if (access instanceof Access.ShiroUpdate shiro) {
      return "read-write (access as " + shiro.shiroIni() + " says)";
    }
    return "read-only";
  }

  /** Blocks until {@link #close()} is called (by another thread or a shutdown hook). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops the server and closes the store cleanly; safe to call twice and from any thread. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.stop();
    } finally {
      store.close();
      stopped.countDown();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
