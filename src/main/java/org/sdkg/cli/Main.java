package org.sdkg.cli;

/** Entry point of the {@code sdkg} jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // slf4j-simple fixes its level when the first logger is made, which can happen while the
    // commands are set up, before picocli has parsed -v: so read the flags first.
    LoggingMixin.configureLogging(verbosity(args));
    System.exit(SdkgCommand.commandLine().execute(args));
  }

  static int verbosity(String[] args) {
    int v = 0;
    for (String a : args) {
      if (a.equals("--verbose")) {
        v++;
      } else if (a.matches("-v+")) {
        v += a.length() - 1;
      }
    }
    return v;
  }
}
