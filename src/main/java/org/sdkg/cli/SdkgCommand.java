package org.sdkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code sdkg} command; it only groups the subcommands. */
@Command(
    name = "sdkg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Science-diplomacy knowledge graph builder: news articles -> RDF knowledge graph.",
    subcommands = {
      BuildCommand.class,
      WatchCommand.class,
      DumpCommand.class,
      StatsCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      CompletionCommand.class,
      ValidateCommand.class,
      QueryCommand.class,
      LoadCommand.class,
      ServeCommand.class,
      GenerateCommand.class,
    })
public final class SdkgCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin LoggingMixin logging;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** The configured command line; tests call {@code execute} on it directly. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The command line with commands made by {@code factory} (tests inject collaborators). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    if (System.getProperty(LoggingMixin.LOG_LEVEL_PROPERTY) == null) {
      LoggingMixin.configureLogging(0);
    }
    CommandLine cl = new CommandLine(new SdkgCommand(), factory);
    // RDF, TSV and messages are UTF-8 whatever the locale: Java 17 would write "?" for every
    // non-ASCII character under LANG=C.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(SdkgCommand::handleFailure);
    return cl;
  }

  private static int handleFailure(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean verbose = verbosity(parseResult) > 0;
    if (e instanceof UserException) {
      err.println("sdkg: " + e.getMessage());
    } else {
      err.println("sdkg: internal error: " + e + (verbose ? "" : " (run with -v for details)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  private static int verbosity(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult r = parseResult;
    int v = 0;
    while (r != null) {
      if (r.hasMatchedOption("-v")) {
        v = Math.max(v, r.matchedOption("-v").<boolean[]>getValue().length);
      }
      r = r.subcommand();
    }
    return v;
  }
}
