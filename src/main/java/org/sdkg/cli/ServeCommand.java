package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sdkg.serve.Access;
import org.sdkg.serve.EmbeddedFuseki;
import org.sdkg.serve.ServeException;
import org.sdkg.serve.ServeOptions;
import org.sdkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sdkg serve}: the store as a SPARQL endpoint with the Fuseki UI, read-only by default. */
@Command(
    name = ServeCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Serve the knowledge graph store as a SPARQL endpoint (embedded Apache Jena Fuseki) with"
          + " the Fuseki web UI.",
      "Safe by default: loopback only, read-only, query timeout, SERVICE disabled.",
      "Stop with Ctrl-C; the store is closed cleanly."
    })
public final class ServeCommand implements Callable<Integer> {
  static final String COMMAND_NAME = "serve";

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only);"
              + " 0.0.0.0 opens it to the network.")
  String host;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      defaultValue = "/sdkg",
      description = "Dataset path in the URLs (default: ${DEFAULT-VALUE}).")
  String dataset;

  @Option(
      names = "--update",
      description =
          "Accept SPARQL Update and Graph Store writes (at /update and /data) from --user only.")
  boolean update;

  @Mixin CredentialsOptions login;

  @Option(
      names = "--shiro",
      paramLabel = "FILE",
      description =
          "With --update: let this Apache Shiro file (Fuseki's shiro.ini format) decide who may"
              + " write, instead of --user/--password-file.")
  Path shiroIni;

  @Option(
      names = "--timeout",
      defaultValue = "30s",
      converter = QueryCommand.DurationConverter.class,
      description =
          "Longest time a query or update may run, e.g. 500ms, 30s (or 30), 2m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--max-results",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Return at most N results per query; 0 means no limit (default: ${DEFAULT-VALUE}).")
  long maxResults;

  @Option(
      names = "--allow-service",
      description =
          "Allow the SPARQL SERVICE clause. Off by default: it lets anyone who can query make the"
              + " server fetch arbitrary URLs.")
  boolean allowService;

  @Override
  public Integer call() {
    ServeOptions options = options();
    PrintWriter err = spec.commandLine().getErr();
    warnIfOpenToNetwork(err);
    EmbeddedFuseki server;
    try {
      server = EmbeddedFuseki.start(options);
    } catch (StoreException | ServeException e) {
      throw new UserException(e.getMessage(), e);
    }
    // On SIGINT/SIGTERM the JVM runs this hook: it stops Jetty and closes the store.
    Thread hook = new Thread(server::close, "sdkg-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      server.banner().forEach(err::println);
      err.println("press Ctrl-C to stop");
      err.flush();
      server.awaitStop();
    } catch (InterruptedException e) {
      // Stop first, restore the flag after: Jetty's shutdown waits, and would fail interrupted.
      interrupted = true;
    } finally {
      server.close();
      removeHook(hook);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    err.println("server stopped, store closed");
    err.flush();
    return 0;
  }

  private ServeOptions options() {
    if (!dataset.matches("/?[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")) {
      throw usage("--dataset '" + dataset + "': use letters, digits, '.', '_' or '-', e.g. /sdkg");
    }
    if (port < 0 || port > 65535) {
      throw usage("--port " + port + ": use 1-65535, or 0 for any free port");
    }
    if (maxResults < 0) {
      throw usage("--max-results " + maxResults + ": use 0 (no limit) or a positive number");
    }
    Access access = access();
    // Fuseki's run area (FUSEKI_BASE) beside the store, i.e. output/fuseki-run, never the
    // working directory. It is not created: only a custom webapp/ folder placed there is used.
    Path fusekiBase = store.path().toAbsolutePath().normalize().resolveSibling("fuseki-run");
    return new ServeOptions(
        store.path(),
        host,
        port,
        dataset,
        access,
        timeout,
        maxResults,
        allowService,
        fusekiBase,
        Path.of("queries"));
  }

  private Access access() {
    if (!update) {
      if (login.given() || shiroIni != null) {
        throw usage(
            "--user, --password-file and --shiro only apply with --update (queries are open)");
      }
      return new Access.ReadOnly();
    }
    if (shiroIni != null) {
      if (login.given()) {
        throw usage("give either --shiro FILE or --user/--password-file, not both");
      }
      if (!Files.isRegularFile(shiroIni)) {
        throw new UserException(shiroIni + ": no such Shiro file; check --shiro");
      }
      return new Access.ShiroUpdate(shiroIni);
    }
    if (!login.given()) {
      throw usage(
          "--update needs --user NAME --password-file FILE (or --shiro FILE): writes are never"
              + " open to anonymous users");
    }
    return new Access.Update(login.credentials().orElseThrow());
  }

  private void warnIfOpenToNetwork(PrintWriter err) {
    if (EmbeddedFuseki.isLoopback(host)) {
      return;
    }
    err.println(
        "sdkg: warning: --host "
            + host
            + " makes the endpoint reachable from other machines; anyone who reaches it can"
            + " query the whole store");
    if (update) {
      err.println(
          "sdkg: warning: with --update the password travels unencrypted over HTTP; put an HTTPS"
              + " proxy in front or keep --host 127.0.0.1");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down (SIGTERM): the hook is running or has run.
    }
  }
}
