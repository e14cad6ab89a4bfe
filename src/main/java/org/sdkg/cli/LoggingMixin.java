package org.sdkg.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code -v}/{@code -vv}: more logging on stderr, and stack traces for failures. */
public final class LoggingMixin {
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private int verbosity;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description =
          "More output on stderr: -v shows progress details and stack traces, -vv debug logs.")
  void setVerbose(boolean[] flags) {
    verbosity = flags.length;
    configureLogging(verbosity);
  }

  public int verbosity() {
    return verbosity;
  }

  /**
   * Sets slf4j-simple's level; it must happen before the first logger is created to take effect.
   */
  static void configureLogging(int verbosity) {
    String level =
        switch (verbosity) {
          case 0 -> "warn";
          case 1 -> "info";
          default -> "debug";
        };
    System.setProperty(LOG_LEVEL_PROPERTY, level);
  }
}
